package dev.mino.runtime.reader;

import static dev.mino.runtime.reader.ReaderTesting.error;
import static dev.mino.runtime.reader.ReaderTesting.pr;
import static dev.mino.runtime.reader.ReaderTesting.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Ratio;
import dev.mino.runtime.lang.Symbol;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralsTest {
    @Test void longs() {
        assertEquals(42L, read("42"));
        assertEquals(-42L, read("-42"));
        assertEquals(42L, read("+42"));
        assertEquals(0L, read("0"));
        assertEquals(0L, read("-0"));
        assertEquals(31L, read("0x1F"));
        assertEquals(-31L, read("-0X1f"));
        assertEquals(15L, read("017"));
        assertEquals(5L, read("2r101"));
        assertEquals(1295L, read("36rZZ"));
        assertEquals(46643L, read("36rZZN"));
        assertEquals(Long.MIN_VALUE, read("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, read("9223372036854775807"));
    }

    @Test void bigIntegers() {
        assertEquals(new BigInteger("123"), read("123N"));
        assertEquals(BigInteger.ZERO, read("0N"));
        assertEquals(new BigInteger("31"), read("0x1FN"));
        assertEquals(new BigInteger("9223372036854775808"), read("9223372036854775808"));
        assertEquals(new BigInteger("-12345678901234567890"), read("-12345678901234567890"));
    }

    @Test void doubles() {
        assertEquals(1.5, read("1.5"));
        assertEquals(1e10, read("1e10"));
        assertEquals(-1.5e-3, read("-1.5E-3"));
        assertEquals(1.0, read("1."));
        assertEquals(1e5, read("1.e5"));
        assertEquals(8.5, read("08.5"));
        assertEquals(-0.0, read("-0.0"));
        assertEquals(Double.POSITIVE_INFINITY, read("##Inf"));
        assertEquals(Double.NEGATIVE_INFINITY, read("##-Inf"));
        assertTrue(Double.isNaN((Double) read("##NaN")));
        assertEquals(Double.POSITIVE_INFINITY, read("## Inf"));
    }

    @Test void bigDecimals() {
        assertEquals(new BigDecimal("1.5"), read("1.5M"));
        assertEquals(new BigDecimal("2"), read("2M"));
        assertEquals(new BigDecimal("1e10"), read("1e10M"));
    }

    @Test void ratios() {
        Ratio half = assertInstanceOf(Ratio.class, read("1/2"));
        assertEquals(BigInteger.ONE, half.numerator);
        assertEquals(BigInteger.TWO, half.denominator);
        assertEquals("-1/2", pr("-1/2"));
        assertEquals("1/2", pr("+2/4"));
        assertEquals("1/2", pr("01/02"));
        assertEquals(2L, read("4/2"));
        assertEquals(new BigInteger("100000000000000000000"), read("200000000000000000000/2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.2.3|Invalid number: 1.2.3", "09|Invalid number: 09", "1e|Invalid number: 1e",
        "-1a|Invalid number: -1a", "1/2N|Invalid number: 1/2N", "1/a|Invalid number: 1/a",
        "2r102|For input string: \"102\" under radix 2", "37r1|Radix out of range", "1/0|Divide by zero",
        "0x|Invalid number: 0x", "1ee5|Invalid number: 1ee5"})
    void invalidNumbers(String source, String message) {
        assertEquals(message, error(source).getMessage());
    }

    @Test void numbersEndAtMacroCharacters() {
        assertEquals("[1 (quote a)]", pr("[1'a]"));
        assertEquals("[1 \"s\"]", pr("[1\"s\"]"));
    }

    @Test void strings() {
        assertEquals("abc", read("\"abc\""));
        assertEquals("a\tb\nc\rd\be\ff\\g\"h", read("\"a\\tb\\nc\\rd\\be\\ff\\\\g\\\"h\""));
        assertEquals("A", read("\"\\u0041\""));
        assertEquals("A", read("\"\\101\""));
        assertEquals("\0", read("\"\\0\""));
        assertEquals("A1", read("\"\\1011\""));
        assertEquals("line1\nline2", read("\"line1\nline2\""));
        assertEquals("a\nb", read("\"a\r\nb\""));
        assertEquals("", read("\"\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
        "\"\\q\"|Unsupported escape character: \\q", "\"\\u004\"|Invalid character length: 3, should be: 4",
        "\"\\u004g\"|Invalid digit: g", "\"\\u\"|Invalid unicode escape: \\u\"",
        "\"\\400\"|Octal escape sequence must be in range [0, 377].", "\"\\8\"|Invalid digit: 8",
        "\"\\18\"|Invalid digit: 8"})
    void invalidStrings(String source, String message) {
        assertEquals(message, error(source).getMessage());
    }

    @Test void characters() {
        assertEquals('a', read("\\a"));
        assertEquals('\n', read("\\newline"));
        assertEquals(' ', read("\\space"));
        assertEquals('\t', read("\\tab"));
        assertEquals('\b', read("\\backspace"));
        assertEquals('\f', read("\\formfeed"));
        assertEquals('\r', read("\\return"));
        assertEquals('A', read("\\u0041"));
        assertEquals('A', read("\\o101"));
        assertEquals('u', read("\\u"));
        assertEquals('o', read("\\o"));
        assertEquals('(', read("\\("));
        assertEquals(' ', read("\\ "));
        assertEquals('\\', read("\\\\"));
        assertEquals('"', read("\\\""));
        assertEquals('é', read("\\é"));
        assertEquals("[\\a \\b]", pr("[\\a\\b]"));
        assertEquals("(\\a)", pr("(\\a)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\ab|Unsupported character: \\ab", "\\abc)|Unsupported character: \\abc", "\\a1|Unsupported character: \\a1",
        "\\u12|Invalid unicode character: \\u12", "\\u00411|Invalid unicode character: \\u00411",
        "\\uZZZZ|Invalid digit: Z", "\\uD800|Invalid character constant: \\ud800",
        "\\o1011|Invalid octal escape sequence length: 4", "\\o400|Octal escape sequence must be in range [0, 377].",
        "\\o8|Invalid digit: 8"})
    void invalidCharacters(String source, String message) {
        assertEquals(message, error(source).getMessage());
    }

    @Test void nilAndBooleans() {
        assertNull(read("nil"));
        assertEquals(Boolean.TRUE, read("true"));
        assertEquals(Boolean.FALSE, read("false"));
    }

    @Test void symbols() {
        assertEquals(Symbol.of("foo"), read("foo"));
        assertEquals(Symbol.of("a", "b"), read("a/b"));
        assertEquals(Symbol.of("/"), read("/"));
        assertEquals(Symbol.of("clojure.core", "/"), read("clojure.core//"));
        assertEquals(Symbol.of("a", "b/c"), read("a/b/c"));
        assertEquals(Symbol.of("a", "//"), read("a///"));
        assertEquals(Symbol.of("a", ":b"), read("a/:b"));
        assertEquals(Symbol.of("a:b"), read("a:b"));
        assertEquals(Symbol.of("+"), read("+"));
        assertEquals(Symbol.of("-"), read("-"));
        assertEquals(Symbol.of("+a"), read("+a"));
        assertEquals(Symbol.of(".5"), read(".5"));
        assertEquals(Symbol.of("a#"), read("a#"));
        assertEquals(Symbol.of("a'"), read("a'"));
        assertEquals(Symbol.of("a%"), read("a%"));
        assertEquals(Symbol.of("%"), read("%"));
        assertEquals(Symbol.of("ab#c"), read("ab#c"));
        assertEquals(Symbol.of("nil", "a"), read("nil/a"));
        assertEquals(Symbol.of("String", "1"), read("String/1"));
        assertEquals(Symbol.of("a/b", "1"), read("a/b/1"));
        assertEquals(Symbol.of("a"), read("a@b"));
    }

    @Test void keywords() {
        assertEquals(Keyword.of("a"), read(":a"));
        assertEquals(Keyword.of("a", "b"), read(":a/b"));
        assertEquals(Keyword.of("my.app", "a"), read("::a"));
        assertEquals(Keyword.of("clojure.string", "join"), read("::str/join"));
        assertEquals(Keyword.of("1"), read(":1"));
        assertEquals(Keyword.of("1", "a"), read(":1/a"));
        assertEquals(Keyword.of("/"), read(":/"));
        assertEquals(Keyword.of("a", "/"), read(":a//"));
        assertEquals(Keyword.of("a", "b/c"), read(":a/b/c"));
        assertEquals(Keyword.of("a:b"), read(":a:b"));
        assertEquals(Keyword.of("my.app", "a:b"), read("::a:b"));
        assertEquals(Keyword.of("nil"), read(":nil"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ":", "::", ":::a", "a::b", ":a:", "a:", "a/", ":a/", "/a", "//", "///", "://", "::/", "x/:", ":a/1",
        "a/10", "a/0", "a:/b", "::a:", "a/b/", "/1", ":a/b:", "::nope/x", "::1/a"})
    void invalidTokens(String token) {
        assertEquals("Invalid token: " + token, error(token).getMessage());
    }

    @Test void regexes() {
        Pattern p = assertInstanceOf(Pattern.class, read("#\"a\\d+\""));
        assertEquals("a\\d+", p.pattern());
        assertEquals("a\\\"b", ((Pattern) read("#\"a\\\"b\"")).pattern());
        assertEquals("#\"[a-z]*\"", pr("#\"[a-z]*\""));
        assertTrue(error("#\"[\"").getMessage().startsWith("Unclosed character class"));
    }

    @Test void taggedLiterals() {
        assertEquals(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                read("#uuid \"00000000-0000-0000-0000-000000000001\""));
        assertEquals(new Date(0), read("#inst \"1970-01-01T00:00:00.000-00:00\""));
        assertEquals(new Date(0), read("#inst \"1970\""));
        assertEquals(new Date(3_600_000 + 500), read("#inst \"1970-01-01T02:00:00.5+01:00\""));
        assertEquals("#inst \"2020-02-03T04:05:06.789-00:00\"", pr("#inst \"2020-02-03T04:05:06.789Z\""));
        assertEquals("No reader function for tag foo", error("#foo 1").getMessage());
        assertEquals("No reader function for tag a/b", error("#a/b 1").getMessage());
        assertEquals("Reader tag must be a symbol", error("#1 2").getMessage());
        assertEquals("Invalid UUID string: x", error("#uuid \"x\"").getMessage());
        assertEquals("Unrecognized date/time syntax: 2020-13", error("#inst \"2020-13\"").getMessage());
        assertEquals("Unknown symbolic value: ##foo", error("##foo").getMessage());
        assertEquals("Unknown symbolic value: ##inf", error("##inf").getMessage());
    }
}
