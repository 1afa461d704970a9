package dev.mino.runtime.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.MapEntry;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Ratio;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Expected texts are Clojure 1.12's pr-str / print-str / str of the same values. */
class PrinterTest {
    private static Object read(String s) {
        return new LispReader(s, "t", ReaderContext.STANDALONE).read();
    }

    private static String hex(Object x) {
        return "0x" + Integer.toHexString(System.identityHashCode(x));
    }

    @Test void scalars() {
        assertEquals("nil", Printer.prStr(null));
        assertEquals("true", Printer.prStr(true));
        assertEquals("false", Printer.prStr(false));
        assertEquals("42", Printer.prStr(42L));
        assertEquals("5", Printer.prStr(5));
        assertEquals("5", Printer.prStr((short) 5));
        assertEquals("5", Printer.prStr((byte) 5));
        assertEquals("1.0", Printer.prStr(1.0));
        assertEquals("1.0E10", Printer.prStr(1e10));
        assertEquals("1.0E-5", Printer.prStr(1e-5));
        assertEquals("1.23456789E8", Printer.prStr(123456789.0));
        assertEquals("0.001", Printer.prStr(0.001));
        assertEquals("-0.0", Printer.prStr(-0.0));
        assertEquals("##Inf", Printer.prStr(Double.POSITIVE_INFINITY));
        assertEquals("##-Inf", Printer.prStr(Double.NEGATIVE_INFINITY));
        assertEquals("##NaN", Printer.prStr(Double.NaN));
        assertEquals("1.5", Printer.prStr(1.5f));
        assertEquals("##Inf", Printer.prStr(Float.POSITIVE_INFINITY));
        assertEquals("##NaN", Printer.prStr(Float.NaN));
        assertEquals("123N", Printer.prStr(new BigInteger("123")));
        assertEquals("1.50M", Printer.prStr(new BigDecimal("1.50")));
        assertEquals("1E+10M", Printer.prStr(new BigDecimal("1E+10")));
        assertEquals("-3/4", Printer.prStr(new Ratio(BigInteger.valueOf(3), BigInteger.valueOf(-4))));
        assertEquals(":a", Printer.prStr(Keyword.of("a")));
        assertEquals(":a/b", Printer.prStr(Keyword.of("a", "b")));
        assertEquals("a/b", Printer.prStr(Symbol.of("a", "b")));
        assertEquals("a b", Printer.prStr(Symbol.of("a b")));
        assertEquals("5", Printer.prStr(new java.util.concurrent.atomic.AtomicLong(5)));
    }

    @Test void strings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\rf\\fg\\bh\"", Printer.prStr("a\"b\\c\nd\te\rf\fg\bh"));
        assertEquals("\"\0\u0007é\u2028\"", Printer.prStr("\0\u0007é\u2028"));
        assertEquals("a\"b\\c\nd", Printer.printStr("a\"b\\c\nd"));
    }

    @Test void characters() {
        assertEquals("\\a", Printer.prStr('a'));
        assertEquals("\\newline", Printer.prStr('\n'));
        assertEquals("\\space", Printer.prStr(' '));
        assertEquals("\\tab", Printer.prStr('\t'));
        assertEquals("\\backspace", Printer.prStr('\b'));
        assertEquals("\\formfeed", Printer.prStr('\f'));
        assertEquals("\\return", Printer.prStr('\r'));
        assertEquals("\\\0", Printer.prStr('\0'));
        assertEquals("\\\\", Printer.prStr('\\'));
        assertEquals("\n", Printer.printStr('\n'));
        assertEquals("a", Printer.printStr('a'));
    }

    @Test void collections() {
        assertEquals("(1 2)", Printer.prStr(PersistentList.create(List.of(1L, 2L))));
        assertEquals("()", Printer.prStr(PersistentList.EMPTY));
        assertEquals("[1 2]", Printer.prStr(PersistentVector.of(1L, 2L)));
        assertEquals("[]", Printer.prStr(PersistentVector.EMPTY));
        assertEquals("{:a 1, :b 2}", Printer.prStr(read("{:a 1 :b 2}")));
        assertEquals("#{1}", Printer.prStr(read("#{1}")));
        assertEquals("[:a 1]", Printer.prStr(new MapEntry(Keyword.of("a"), 1L)));
        assertEquals("[nil nil]", Printer.prStr(new MapEntry(null, null)));
        assertEquals("[1 \"a\" \\b {:c \"d\"} #{\"e\"} (f \"g\")]", Printer.prStr(read("[1 \"a\" \\b {:c \"d\"} #{\"e\"} (f \"g\")]")));
        assertEquals("[1 a b {:c d} #{e} (f g)]", Printer.printStr(read("[1 \"a\" \\b {:c \"d\"} #{\"e\"} (f \"g\")]")));
        assertEquals("[nil true]", Printer.prStr(read("[nil true]")));
    }

    @Test void lazySeqs() {
        LazySeq s = new LazySeq(new Fn() {
            @Override public Object invoke() {
                return PersistentVector.of(2L, 3L);
            }
        });
        assertEquals("(2 3)", Printer.prStr(s));
        assertEquals("clojure.lang.LazySeq@402", Printer.str(s));
        LazySeq empty = new LazySeq(new Fn() {
            @Override public Object invoke() {
                return null;
            }
        });
        assertEquals("()", Printer.prStr(empty));
    }

    @Test void regexes() {
        assertEquals("#\"a\\\"b\"", Printer.prStr(Pattern.compile("a\\\"b")));
        assertEquals("#\"a\\\"b\"", Printer.prStr(Pattern.compile("a\"b")));
        assertEquals("#\"\\Qa\\E\\\"\\Qb\\E\"", Printer.prStr(Pattern.compile("\\Qa\"b\\E")));
        assertEquals("#\"\\Q\\\"\"", Printer.prStr(Pattern.compile("\\Q\\\"")));
        assertEquals("#\"a\\d\"", Printer.printStr(Pattern.compile("a\\d")));
        assertEquals("a\"b", Printer.str(Pattern.compile("a\"b")));
    }

    @Test void javaCollections() {
        ArrayList<Object> list = new ArrayList<>(List.of(1L, "a"));
        assertEquals("[1 \"a\"]", Printer.prStr(list));
        assertEquals("#object[java.util.ArrayList " + hex(list) + " [1, a]]", Printer.printStr(list));
        assertEquals("(1 \"a\")", Printer.prStr(new LinkedList<>(List.of(1L, "a"))));
        HashMap<Object, Object> map = new HashMap<>();
        map.put(1L, "a");
        assertEquals("{1 \"a\"}", Printer.prStr(map));
        LinkedHashMap<Object, Object> two = new LinkedHashMap<>();
        two.put(1L, 2L);
        two.put(3L, 4L);
        assertEquals("{1 2, 3 4}", Printer.prStr(two));
        assertEquals("#{\"a\"}", Printer.prStr(new HashSet<>(List.of("a"))));
    }

    @Test void classesAndObjects() {
        assertEquals("java.lang.String", Printer.prStr(String.class));
        assertEquals("long", Printer.prStr(long.class));
        // Clojure's print-method for Class writes getName, arrays included (the runtime always printed them so).
        assertEquals("[I", Printer.prStr(int[].class));
        assertEquals("[[J", Printer.prStr(long[][].class));
        assertEquals("[Ljava.lang.String;", Printer.prStr(String[].class));
        Object o = new Object();
        assertEquals("#object[java.lang.Object " + hex(o) + " \"" + o + "\"]", Printer.prStr(o));
        assertEquals("#object[java.lang.Object " + hex(o) + " " + o + "]", Printer.printStr(o));
        int[] a = new int[1];
        assertEquals("#object[\"[I\" " + hex(a) + " \"" + a + "\"]", Printer.prStr(a));
        assertEquals("#object[[I " + hex(a) + " " + a + "]", Printer.printStr(a));
        StringBuilder sb = new StringBuilder("x");
        assertEquals("#object[java.lang.StringBuilder " + hex(sb) + " \"x\"]", Printer.prStr(sb));
    }

    @Test void uuidsAndInstants() {
        UUID u = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals("#uuid \"00000000-0000-0000-0000-000000000001\"", Printer.prStr(u));
        assertEquals("#uuid \"00000000-0000-0000-0000-000000000001\"", Printer.printStr(u));
        assertEquals("#inst \"1970-01-01T00:00:00.000-00:00\"", Printer.prStr(new Date(0)));
    }

    @Test void str() {
        assertEquals("", Printer.str(null));
        assertEquals("a", Printer.str("a"));
        assertEquals("a", Printer.str('a'));
        assertEquals(":a", Printer.str(Keyword.of("a")));
        assertEquals("a/b", Printer.str(Symbol.of("a", "b")));
        assertEquals("1.0", Printer.str(1.0));
        assertEquals("Infinity", Printer.str(Double.POSITIVE_INFINITY));
        assertEquals("5", Printer.str(new BigInteger("5")));
        assertEquals("1.50", Printer.str(new BigDecimal("1.50")));
        assertEquals("1/2", Printer.str(read("1/2")));
        assertEquals("[1 \"a\"]", Printer.str(read("[1 \"a\"]")));
        assertEquals("(1 2)", Printer.str(read("(1 2)")));
        assertEquals("{:a \"b\"}", Printer.str(read("{:a \"b\"}")));
        assertEquals("true", Printer.str(true));
    }

    @Test void printsToAnAppendable() {
        StringBuilder sb = new StringBuilder("> ");
        Printer.print(read("[\"a\"]"), true, sb);
        Printer.print(read("[\"a\"]"), false, sb);
        assertEquals("> [\"a\"][a]", sb.toString());
    }

    @Test void collectionsToStringUsesThePrinter() {
        Printer.install();
        assertEquals("[\"a\" \\b]", PersistentVector.of("a", 'b').toString());
        assertTrue(read("(1)").toString().equals("(1)"));
    }
}
