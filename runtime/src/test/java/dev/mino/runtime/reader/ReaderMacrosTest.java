package dev.mino.runtime.reader;

import static dev.mino.runtime.reader.ReaderTesting.error;
import static dev.mino.runtime.reader.ReaderTesting.pr;
import static dev.mino.runtime.reader.ReaderTesting.read;
import static dev.mino.runtime.reader.ReaderTesting.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.printer.Printer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReaderMacrosTest {
    private static String meta(String source) {
        return Printer.prStr(((IMeta) read(source)).meta());
    }

    @Test void quoteDerefVarUnquote() {
        assertEquals("(quote x)", pr("'x"));
        assertEquals("(quote (a b))", pr("'(a b)"));
        assertEquals("(clojure.core/deref x)", pr("@x"));
        assertEquals("(var x)", pr("#'x"));
        assertEquals("(var clojure.core/map)", pr("#'clojure.core/map"));
        assertEquals("(clojure.core/unquote x)", pr("~x"));
        assertEquals("(clojure.core/unquote-splicing x)", pr("~@x"));
        assertEquals("(quote (quote x))", pr("''x"));
        assertNull(((IMeta) read("'x")).meta());
    }

    @Test void metadataShorthands() {
        assertEquals("{:a true}", meta("^:a x"));
        assertEquals("{:b true, :a true}", meta("^:a ^:b x"));
        assertEquals("{:a 1}", meta("^{:a 1} ^{:a 2} x"));
        assertEquals("{:tag String}", meta("^String x"));
        assertEquals("{:tag \"s\"}", meta("^\"s\" x"));
        assertEquals("{:param-tags [String long]}", meta("^[String long] x"));
        assertEquals("{:a true, :b 2}", meta("^{:a true :b 2} [x]"));
        assertEquals("{:a true}", meta("^:a {}"));
        assertEquals("{:a true}", meta("^:a #{}"));
        assertEquals("{:a true}", meta("#^:a x"));
    }

    @Test void metadataOnListsKeepsThePositionOfTheCaret() {
        assertEquals("{:line 1, :column 1, :a true}", meta("^:a (1)"));
        assertEquals("{:line 9, :column 1}", meta("^{:line 9} (1)"));
        assertEquals("{:line 1, :column 1, :b true, :a true}", meta("^:a ^:b (1)"));
        assertEquals("{:a true, :line 1, :column 1}", meta("^:a ()"));
    }

    @Test void metadataErrors() {
        assertEquals("Metadata must be Symbol,Keyword,String,Vector or Map", error("^1 x").getMessage());
        assertEquals("Metadata can only be applied to IMetas", error("^:a 1").getMessage());
        assertEquals("Metadata can only be applied to IMetas", error("^:a :k").getMessage());
        assertEquals("Metadata can only be applied to IMetas", error("^:a \"s\"").getMessage());
        assertEquals("Metadata can only be applied to IMetas", error("^:a nil").getMessage());
    }

    /** Replaces generated numbers by N so that shapes can be compared. */
    private static String shape(String printed) {
        return printed.replaceAll("__\\d+", "__N");
    }

    @Test void fnLiterals() {
        assertEquals("(fn* [] (a))", pr("#(a)"));
        assertEquals("(fn* [p1__N#] (inc p1__N#))", shape(pr("#(inc %)")));
        assertEquals("(fn* [p1__N# p2__N#] (+ p1__N# p2__N#))", shape(pr("#(+ % %2)")));
        assertEquals("(fn* [p1__N# & rest__N#] (p1__N# rest__N#))", shape(pr("#(% %&)")));
        assertEquals("(fn* [& rest__N#] (rest__N#))", shape(pr("#(%&)")));
        assertEquals("(fn* [] (-1))", pr("#(-1)"));
        assertEquals("(%)", pr("(%)"));
        assertEquals("(fn* [p1__N#] (vector p1__N# (quote p1__N#)))", shape(pr("#(vector % '%)")));
    }

    @Test void fnLiteralParametersAreShared() {
        String printed = pr("#(%1 % %3)");
        Matcher m = Pattern.compile("\\(fn\\* \\[(p1__\\d+#) (p2__\\d+#) (p3__\\d+#)\\] \\((\\S+) (\\S+) (\\S+)\\)\\)").matcher(printed);
        assertTrue(m.matches(), printed);
        assertEquals(m.group(1), m.group(4));
        assertEquals(m.group(1), m.group(5));
        assertEquals(m.group(3), m.group(6));
    }

    @Test void fnLiteralBodyCarriesItsPosition() {
        Object fn = read("  #(a)");
        Object body = ((dev.mino.runtime.lang.ISeq) fn).next().next().first();
        assertEquals("{:line 1, :column 4}", Printer.prStr(((IMeta) body).meta()));
    }

    @Test void fnLiteralErrors() {
        assertEquals("Nested #()s are not allowed", error("#(#(a))").getMessage());
        assertEquals("arg literal must be %, %& or %integer", error("#(%a)").getMessage());
        assertEquals("arg literal must be %, %& or %integer", error("#(%0)").getMessage());
        assertEquals("arg literal must be %, %& or %integer", error("#(%-1)").getMessage());
        assertEquals("arg literal must be %, %& or %integer", error("#(% %1.5)").getMessage());
        // The reader recovers: a later #() is fine.
        LispReader reader = new LispReader("#(#(a)) #(b)", "t", ReaderContext.STANDALONE);
        try {
            reader.read();
        } catch (ReaderException expected) {
            // the first form is bad
        }
        reader.read();
    }

    @Test void readerConditionals() {
        assertEquals(1L, read("#?(:clj 1 :cljs 2)"));
        assertEquals(1L, read("#?(:mino 1 :clj 2)"));
        assertEquals(2L, read("#?(:cljs 1 :clj 2 :mino 3)"));
        assertEquals(3L, read("#?(:cljs 1 :default 3)"));
        assertEquals(0L, read("#?(:default 0 :clj 1)"));
        assertEquals(List.of(), readAll("#?(:cljs 1)"));
        assertEquals(List.of(2L), readAll("#?(:cljs 1) 2"));
        assertEquals("[2]", pr("[#?(:cljs 1) 2]"));
        assertEquals("[]", pr("[#?(:cljs 1)]"));
        assertEquals(1L, read("#? (:clj 1)"));
        assertEquals(2L, read("#?(:clj #_1 2)"));
        assertEquals(1L, read("#?(:clj 1 :cljs)"));
        assertEquals("[1]", pr("#?(:clj ^:m [1])"));
        assertEquals("{:m true}", meta("#?(:clj ^:m [1])"));
    }

    @Test void unselectedBranchesAreReadButTheirTagsIgnored() {
        assertEquals(2L, read("#?(:cljs #js {:a 1} :clj 2)"));
        assertEquals(2L, read("#?(:cljs (js/alert #foo \"x\") :clj 2)"));
        assertEquals("Nested #()s are not allowed", error("#?(:cljs #(#(a)) :clj 2)").getMessage());
        assertEquals("Invalid token: ::x/y", error("#?(:cljs ::x/y :clj 2)").getMessage());
    }

    @Test void splicingReaderConditionals() {
        assertEquals("[1 2]", pr("[#?@(:clj [1 2])]"));
        assertEquals("(1 2 3)", pr("(#?@(:clj [1 2]) 3)"));
        assertEquals("[1 2 3]", pr("[1 2 #?@(:clj [3]) #?(:cljs 4)]"));
        assertEquals("[0 a b c]", pr("[0 #?@(:cljs [x] :clj (a b c))]"));
        assertEquals("[]", pr("[#?@(:clj [])]"));
        assertEquals("{:a 1}", pr("{#?@(:clj [:a 1])}"));
        assertEquals("#{1 2}", pr("#{#?@(:clj [1 2])}"));
        assertEquals("[(quote 1) 2]", pr("['#?@(:clj [1 2])]"));
        assertEquals(List.of(), readAll("#?@(:cljs [1])"));
    }

    @Test void readerConditionalErrors() {
        assertEquals("Reader conditional splicing not allowed at the top level.", error("#?@(:clj [1 2])").getMessage());
        assertEquals("Reader conditional splicing not allowed at the top level.", error("#?@ (:clj [1])").getMessage());
        assertEquals("Spliced form list in read-cond-splicing must implement java.util.List", error("[#?@(:clj 1)]").getMessage());
        assertEquals("read-cond starting on line 1 requires an even number of forms", error("#?(:clj)").getMessage());
        assertEquals("read-cond starting on line 2 requires an even number of forms", error("\n#?(:cljs 1 :clj)").getMessage());
        assertEquals("Feature should be a keyword: 1", error("#?(1 2)").getMessage());
        assertEquals("read-cond body must be a list", error("#?[:clj 1]").getMessage());
        assertEquals("Feature name :else is reserved.", error("#?(:else 1)").getMessage());
        assertEquals("Feature name :none is reserved.", error("#?(:none 1)").getMessage());
    }

    @Test void otherDispatchErrors() {
        assertEquals("Unreadable form", error("#<foo>").getMessage());
        assertEquals("EvalReader not allowed when *read-eval* is false.", error("#=(+ 1 2)").getMessage());
    }
}
