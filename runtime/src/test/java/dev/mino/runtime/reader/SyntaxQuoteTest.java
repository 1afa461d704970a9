package dev.mino.runtime.reader;

import static dev.mino.runtime.reader.ReaderTesting.error;
import static dev.mino.runtime.reader.ReaderTesting.pr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.printer.Printer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expansions compared with what Clojure 1.12's reader produces for the same text. */
class SyntaxQuoteTest {
    private static final String SEQ_CONCAT = "(clojure.core/seq (clojure.core/concat ";

    @Test void lists() {
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote my.app/a)) (clojure.core/list b) c))", pr("`(a ~b ~@c)"));
        assertEquals("(clojure.core/list)", pr("`()"));
        assertEquals(SEQ_CONCAT + "a b))", pr("`(~@a ~@b)"));
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote my.app/a)) (clojure.core/list "
                + SEQ_CONCAT + "(clojure.core/list (quote my.app/b)) (clojure.core/list c))))))", pr("`(a (b ~c))"));
    }

    @Test void collections() {
        assertEquals("(clojure.core/apply clojure.core/vector " + SEQ_CONCAT
                + "(clojure.core/list (quote my.app/a)) (clojure.core/list b) c)))", pr("`[a ~b ~@c]"));
        assertEquals("(clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat)))", pr("`[]"));
        assertEquals("(clojure.core/apply clojure.core/hash-map " + SEQ_CONCAT
                + "(clojure.core/list :a) (clojure.core/list b))))", pr("`{:a ~b}"));
        assertEquals("(clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat)))", pr("`{}"));
        assertEquals("(clojure.core/apply clojure.core/hash-set " + SEQ_CONCAT
                + "(clojure.core/list (quote my.app/a)))))", pr("`#{a}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "`a|(quote my.app/a)", "`map|(quote clojure.core/map)", "`:k|:k", "`\"s\"|\"s\"", "`1|1", "`1/2|1/2",
        "`\\a|\\a", "`nil|(quote nil)", "`true|(quote true)", "`~x|x", "`#\"x\"|(quote #\"x\")",
        "`foo/bar|(quote foo/bar)", "`str/join|(quote clojure.string/join)", "`clojure.core/x|(quote clojure.core/x)",
        "`String|(quote java.lang.String)", "`String.|(quote java.lang.String.)", "`Foo.|(quote Foo.)",
        "`map.|(quote map.)", "`a.b.C|(quote a.b.C)", "`a.b.C.|(quote a.b.C.)", "`.foo|(quote .foo)",
        "`..|(quote ..)", "`Integer/MAX_VALUE|(quote java.lang.Integer/MAX_VALUE)", "`a/b#|(quote a/b#)",
        "`Foo#.|(quote Foo#.)", "`import*|(quote my.app/import*)"})
    void atoms(String source, String expansion) {
        assertEquals(expansion, pr(source));
    }

    @ParameterizedTest
    @CsvSource({"def", "if", "do", "let*", "fn*", "loop*", "recur", "quote", "var", "throw", "try", "catch",
        "finally", "letfn*", "set!", "new", ".", "&", "monitor-enter", "monitor-exit", "case*", "deftype*", "reify*"})
    void specialFormsStayUnqualified(String name) {
        assertEquals("(quote " + name + ")", pr("`" + name));
    }

    @Test void gensymsAreConsistentWithinOneSyntaxQuote() {
        String printed = pr("`(x# x# y#)");
        Matcher m = Pattern.compile(Pattern.quote(SEQ_CONCAT)
                + "\\(clojure.core/list \\(quote (x__\\d+__auto__)\\)\\) \\(clojure.core/list \\(quote (x__\\d+__auto__)\\)\\) "
                + "\\(clojure.core/list \\(quote (y__\\d+__auto__)\\)\\)\\)\\)").matcher(printed);
        assertTrue(m.matches(), printed);
        assertEquals(m.group(1), m.group(2));
        assertNotEquals(pr("`x#"), pr("`x#"));
    }

    @Test void nestedSyntaxQuoteHasItsOwnGensyms() {
        String printed = pr("`(x# `(x#))");
        Matcher m = Pattern.compile("x__(\\d+)__auto__").matcher(printed);
        assertTrue(m.find());
        String outer = m.group(1);
        assertTrue(m.find());
        assertNotEquals(outer, m.group(1));
        assertTrue(printed.contains("(quote my.app/x__"), printed);
    }

    @Test void fnLiteralParametersBecomeGensyms() {
        String printed = pr("`#(a %)").replaceAll("\\d+", "N");
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote fn*)) (clojure.core/list (clojure.core/apply clojure.core/vector "
                + SEQ_CONCAT + "(clojure.core/list (quote pN__N__N__auto__)))))) (clojure.core/list "
                + SEQ_CONCAT + "(clojure.core/list (quote my.app/a)) (clojure.core/list (quote pN__N__N__auto__)))))))", printed);
    }

    /** Metadata other than the position makes a with-meta, which then carries the position as well. */
    @Test void metadataIsKept() {
        String metaExpansion = "(clojure.core/apply clojure.core/hash-map " + SEQ_CONCAT
                + "(clojure.core/list :m) (clojure.core/list (quote true)))))";
        assertEquals("(clojure.core/with-meta (clojure.core/apply clojure.core/vector " + SEQ_CONCAT
                + "(clojure.core/list (quote my.app/a))))) " + metaExpansion + ")", pr("`^:m [a]"));
        assertEquals("(clojure.core/with-meta (quote my.app/a) " + metaExpansion + ")", pr("`^:m a"));
        assertEquals("(clojure.core/with-meta (clojure.core/list) (clojure.core/apply clojure.core/hash-map " + SEQ_CONCAT
                + "(clojure.core/list :m) (clojure.core/list (quote true)) (clojure.core/list :line) (clojure.core/list 1) "
                + "(clojure.core/list :column) (clojure.core/list 2)))))", pr("`^:m ()"));
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote my.app/a))))", pr("`(a)"));
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote my.app/a))))", pr("`^{:line 3} (a)"));
        assertEquals("(clojure.core/with-meta " + SEQ_CONCAT + "(clojure.core/list (quote my.app/a)))) "
                + "(clojure.core/apply clojure.core/hash-map " + SEQ_CONCAT + "(clojure.core/list :line) (clojure.core/list 1) "
                + "(clojure.core/list :column) (clojure.core/list 2) (clojure.core/list :m) (clojure.core/list x)))))",
                pr("`^{:m ~x} (a)"));
        assertEquals("x", pr("`^:m ~x"));
    }

    @Test void quotedFormsInside() {
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote quote)) (clojure.core/list (quote my.app/a))))", pr("`'a"));
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote clojure.core/deref)) (clojure.core/list (quote my.app/a))))", pr("`@a"));
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote var)) (clojure.core/list (quote my.app/a))))", pr("`#'a"));
    }

    @Test void spliceOutsideAListIsAnError() {
        ReaderException e = error("`~@x");
        assertEquals("splice not in list", e.getMessage());
        assertEquals("test.clj:1:1", e.position().toString());
    }

    @Test void standaloneContextQualifiesWithUser() {
        Object form = new LispReader("`(a String b.)", "t", ReaderContext.STANDALONE).read();
        assertEquals(SEQ_CONCAT + "(clojure.core/list (quote user/a)) (clojure.core/list (quote java.lang.String)) "
                + "(clojure.core/list (quote b.))))", Printer.prStr(form));
    }
}
