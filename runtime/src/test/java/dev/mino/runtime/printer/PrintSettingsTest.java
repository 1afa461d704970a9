package dev.mino.runtime.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.lang.Atom;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** *print-length*, *print-level* and *print-namespace-maps*, as Clojure 1.12 applies them. */
class PrintSettingsTest {
    private static String pr(String source, PrintSettings settings) {
        return Printer.toString(new LispReader(source, "t", ReaderContext.STANDALONE).read(), settings);
    }

    private static final PrintSettings LENGTH_2 = PrintSettings.READABLY.withLength(2);

    @Test void printLength() {
        assertEquals("[1 2 ...]", pr("[1 2 3]", LENGTH_2));
        assertEquals("[1 2]", pr("[1 2]", LENGTH_2));
        assertEquals("{:a 1, :b 2, ...}", pr("{:a 1 :b 2 :c 3}", LENGTH_2));
        assertEquals("(1 2)", pr("(1 2)", LENGTH_2));
        assertEquals("[1 [1 2 ...]]", pr("[1 [1 2 3]]", LENGTH_2));
        assertEquals("\"abc\"", pr("\"abc\"", LENGTH_2));
        assertEquals("[...]", pr("[1 2 3]", PrintSettings.READABLY.withLength(0)));
        assertEquals("[]", pr("[]", PrintSettings.READABLY.withLength(0)));
        assertEquals("{...}", pr("{:a 1}", PrintSettings.READABLY.withLength(0)));
        assertEquals("[1 ...]", Printer.toString(new ArrayList<>(List.of(1L, 2L)), PrintSettings.READABLY.withLength(1)));
    }

    @Test void printLengthStopsAnInfiniteSeq() {
        assertEquals("(0 1 ...)", Printer.toString(naturals(0), LENGTH_2));
    }

    private static LazySeq naturals(long from) {
        return new LazySeq(new Fn() {
            @Override public Object invoke() {
                return new Cons(from, naturals(from + 1));
            }
        });
    }

    @Test void printLevel() {
        PrintSettings level1 = PrintSettings.READABLY.withLevel(1);
        assertEquals("[1 # #]", pr("[1 [2] {:a [3]}]", level1));
        assertEquals("{:a #}", pr("{:a {:b 1}}", level1));
        assertEquals("(1 #)", pr("(1 (2))", level1));
        assertEquals("{:a {:b #}}", pr("{:a {:b {:c 1}}}", PrintSettings.READABLY.withLevel(2)));
        PrintSettings level0 = PrintSettings.READABLY.withLevel(0);
        assertEquals("#", pr("[1]", level0));
        assertEquals("1", pr("1", level0));
        assertEquals("#", pr("[]", level0));
        assertEquals("[[#] ...]", pr("[[[1]] 2]", PrintSettings.READABLY.withLevel(2).withLength(1)));
        assertEquals("[...]", pr("[[1]]", PrintSettings.READABLY.withLevel(1).withLength(0)));
    }

    @Test void printLevelReachesIntoObjects() {
        Atom a = new Atom(1L, null);
        PrintSettings level0 = PrintSettings.READABLY.withLevel(0);
        StringBuilder sb = new StringBuilder();
        Printer.print(a, level0, sb);
        assertEquals("#object[clojure.lang.Atom 0x" + Integer.toHexString(System.identityHashCode(a)) + " #]", sb.toString());
    }

    @Test void namespaceMaps() {
        PrintSettings on = PrintSettings.READABLY.withNamespaceMaps(true);
        assertEquals("#:a{:b 1, :c 2}", pr("{:a/b 1 :a/c 2}", on));
        assertEquals("{:a/b 1, :c 2}", pr("{:a/b 1 :c 2}", on));
        assertEquals("#:a{b 1, c 2}", pr("{a/b 1 a/c 2}", on));
        assertEquals("#:a{:b 1, c 2}", pr("{:a/b 1 a/c 2}", on));
        assertEquals("{}", pr("{}", on));
        assertEquals("#:a{:b #:a{:c 1}}", pr("{:a/b {:a/c 1}}", on));
        assertEquals("{:a/b 1, :b/c 2}", pr("{:a/b 1 :b/c 2}", on));
        assertEquals("{\"a\" 1}", pr("{\"a\" 1}", on));
        assertEquals("{:a/b 1, :a/c 2}", pr("{:a/b 1 :a/c 2}", PrintSettings.READABLY));
    }
}
