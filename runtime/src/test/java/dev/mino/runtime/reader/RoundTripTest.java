package dev.mino.runtime.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.printer.Printer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pr-str of what is read gives back the text, for text already in printed form. */
class RoundTripTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "nil", "true", "false", "0", "42", "-42", "9223372036854775807", "-9223372036854775808", "123N",
        "9223372036854775808N", "1.5", "-0.0", "1.0E10", "1.0E-5", "##Inf", "##-Inf", "##NaN", "1.5M", "2M",
        "1/2", "-3/4", "\"\"", "\"abc\"", "\"a\\\"b\\\\c\\nd\\te\\rf\\fg\\bh\"", "\"é\"", "\\a", "\\newline",
        "\\space", "\\tab", "\\backspace", "\\formfeed", "\\return", "\\\\", "\\\"", "\\(", ":a", ":a/b",
        "a", "a/b", "/", "clojure.core//", "a.b/c", "()", "(1 2 3)", "[]", "[1 [2 [3]]]", "{}", "{:a 1, :b 2}",
        "{:a {:b [1 2]}, \"c\" #{}}", "#{}", "#{1}", "(quote x)", "(clojure.core/deref a)", "(var a)",
        "(fn* [] (a))", "#\"a\\d+\\\"\"", "#\"[a-z]\"", "#uuid \"00000000-0000-0000-0000-000000000001\"",
        "#inst \"2020-01-01T00:00:00.000-00:00\"", "(a (b (c (d))))", "[:a \"b\" \\c 1 1.0 nil true]"})
    void roundTrips(String text) {
        Object form = new LispReader(text, "t", ReaderContext.STANDALONE).read();
        assertEquals(text, Printer.prStr(form));
    }
}
