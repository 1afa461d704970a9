package dev.mino.runtime.reader;

import static dev.mino.runtime.reader.ReaderTesting.error;
import static dev.mino.runtime.reader.ReaderTesting.pr;
import static dev.mino.runtime.reader.ReaderTesting.read;
import static dev.mino.runtime.reader.ReaderTesting.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.printer.Printer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionsTest {
    private static String meta(Object form) {
        return Printer.prStr(((IMeta) form).meta());
    }

    @Test void lists() {
        assertEquals("(1 2 3)", pr("(1 2 3)"));
        assertEquals("(a (b c) [d])", pr("(a (b c) [d])"));
        assertEquals("(1 2)", pr("(1,2)"));
        assertSame(PersistentList.EMPTY, read("()"));
        assertSame(PersistentList.EMPTY, read("( )"));
    }

    @Test void listsCarryTheirPosition() {
        assertEquals("{:line 1, :column 1}", meta(read("(a)")));
        assertEquals("{:line 1, :column 3}", meta(read("  (a (b))")));
        Object outer = read("\n\n  (a\n (b))");
        assertEquals("{:line 3, :column 3}", meta(outer));
        assertEquals("{:line 4, :column 2}", meta(((PersistentList) outer).next().first()));
        Object crlf = read("(a\r\n(b))");
        assertEquals("{:line 2, :column 1}", meta(((PersistentList) crlf).next().first()));
        Object tab = read("(a\tb (c))");
        assertEquals("{:line 1, :column 6}", meta(((PersistentList) tab).next().next().first()));
        assertNull(((IMeta) read("()")).meta());
        assertNull(((IMeta) read("[1]")).meta());
    }

    @Test void vectors() {
        assertInstanceOf(PersistentVector.class, read("[1 2]"));
        assertEquals("[1 2 [3]]", pr("[1 2 [3]]"));
        assertEquals("[]", pr("[]"));
    }

    @Test void maps() {
        assertInstanceOf(PersistentArrayMap.class, read("{:a 1 :b 2}"));
        assertEquals("{:b 2, :a 1}", pr("{:b 2 :a 1}"));
        assertEquals("{}", pr("{}"));
        String eight = "{:h 8 :g 7 :f 6 :e 5 :d 4 :c 3 :b 2 :a 1}";
        assertEquals("{:h 8, :g 7, :f 6, :e 5, :d 4, :c 3, :b 2, :a 1}", pr(eight));
        IPersistentMap nine = assertInstanceOf(IPersistentMap.class, read("{:a 1 :b 2 :c 3 :d 4 :e 5 :f 6 :g 7 :h 8 :i 9}"));
        assertEquals(9, nine.count());
        // Hash-map order, as Clojure prints the same literal.
        assertEquals("{:e 5, :g 7, :c 3, :h 8, :b 2, :d 4, :f 6, :i 9, :a 1}", Printer.prStr(nine));
    }

    @Test void duplicateKeys() {
        assertEquals("Duplicate key: :a", error("{:a 1 :a 2}").getMessage());
        assertEquals("Duplicate key: a", error("{\"a\" 1 \"a\" 2}").getMessage());
        assertEquals("Duplicate key: 1", error("{1 2 1 3}").getMessage());
        assertEquals("Duplicate key: :i", error("{:a 1 :b 2 :c 3 :d 4 :e 5 :f 6 :g 7 :h 8 :i 9 :i 10}").getMessage());
        assertEquals("Duplicate key: 1", error("#{1 1}").getMessage());
        assertEquals("Duplicate key: [1]", error("#{[1] [1]}").getMessage());
        assertEquals("Map literal must contain an even number of forms", error("{1}").getMessage());
    }

    @Test void sets() {
        IPersistentSet s = assertInstanceOf(IPersistentSet.class, read("#{1 2 3}"));
        assertEquals(3, s.count());
        assertEquals("#{}", pr("#{}"));
        assertEquals("#{:a}", pr("#{:a}"));
    }

    @Test void namespacedMaps() {
        assertEquals("{:a/b 1, :c/d 2, :e 3, a/f 4, g/h 5, i 6, \"s\" 7}",
                pr("#:a{:b 1 :c/d 2 :_/e 3 f 4 g/h 5 _/i 6 \"s\" 7}"));
        assertEquals("{:my.app/b 1}", pr("#::{:b 1}"));
        assertEquals("{:clojure.string/b 1}", pr("#::str{:b 1}"));
        assertEquals("{:a/b 1}", pr("#:a {:b 1}"));
        assertEquals("{}", pr("#:a{}"));
        assertEquals("Unknown auto-resolved namespace alias: nope", error("#::nope{:b 1}").getMessage());
        assertEquals("Namespaced map literal must contain an even number of forms", error("#:a{:b}").getMessage());
        assertEquals("Duplicate key: :a/b", error("#:a{:b 1 :a/b 2}").getMessage());
        assertEquals("Namespaced map must specify a namespace", error("#: a{:b 1}").getMessage());
        assertEquals("Namespaced map must specify a valid namespace: a/b", error("#:a/b{:c 1}").getMessage());
        assertEquals("Namespaced map must specify a map", error("#:a[1]").getMessage());
    }

    @Test void commentsAndWhitespace() {
        assertEquals(List.of(1L, 2L), readAll("1 ; one\n2 ;two"));
        assertEquals(List.of(1L), readAll("#!/usr/bin/env mino\n1"));
        assertEquals("(1 2)", pr("(1 ; c\n 2)"));
        assertEquals("[1 2]", pr(",,[1,,,2],,"));
        assertEquals(List.of(), readAll("  ; only a comment"));
        assertEquals(List.of(Keyword.of("a")), readAll("\u2003\u3000:a"));
    }

    @Test void discard() {
        assertEquals("[]", pr("[#_ 1]"));
        assertEquals("[1]", pr("[1 #_ 2]"));
        assertEquals("[1 4]", pr("[1 #_ #_ 2 3 4]"));
        assertEquals(3L, read("#_ #_ 1 2 3"));
        assertEquals("()", pr("(#_ #_ 1 2)"));
        assertEquals("{:a 1}", pr("{:a #_ :b 1}"));
        assertEquals(List.of(), readAll("#_ (a b)"));
        assertEquals("Unmatched delimiter: )", error("(a #_)").getMessage());
    }
}
