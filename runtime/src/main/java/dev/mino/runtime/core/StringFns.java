package dev.mino.runtime.core;

import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Named;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.Printer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strings, names, printing to *out*, and regular expressions. */
final class StringFns {
    private static final AtomicLong GENSYM = new AtomicLong(1000);

    private StringFns() {}

    static void install(CoreLibrary lib) {
        Var out = lib.evaluator.outVar;
        lib.fn("str").a0(() -> "").a1(Printer::str).rest(2, a -> {
            StringBuilder sb = new StringBuilder();
            for (Object x : a) sb.append(Printer.str(x));
            return sb.toString();
        });
        lib.fn("subs").a2((s, b) -> ((String) s).substring(Numbers.toIndex(b)))
                .a3((s, b, e) -> ((String) s).substring(Numbers.toIndex(b), Numbers.toIndex(e)));
        lib.fn("name").a1(x -> x instanceof String s ? s : named(x, "name").getName());
        lib.fn("namespace").a1(x -> named(x, "namespace").getNamespace());
        lib.fn("keyword").a1(x -> x instanceof Keyword ? x : x instanceof Symbol s ? Keyword.of(s)
                : x instanceof String s ? Keyword.parse(s) : null).a2((ns, n) -> Keyword.of((String) ns, (String) n));
        lib.fn("symbol").a1(x -> x instanceof Symbol ? x : x instanceof Keyword k ? k.sym() : x instanceof Var v ? v.qualifiedName()
                : Symbol.parse((String) x)).a2((ns, n) -> Symbol.of((String) ns, (String) n));
        lib.fn("gensym").a0(() -> Symbol.of("G__" + GENSYM.incrementAndGet()))
                .a1(p -> Symbol.of(Printer.str(p) + GENSYM.incrementAndGet()));
        lib.fn("pr-str").rest(0, a -> join(a, true));
        lib.fn("prn-str").rest(0, a -> join(a, true) + "\n");
        lib.fn("print-str").rest(0, a -> join(a, false));
        lib.fn("println-str").rest(0, a -> join(a, false) + "\n");
        lib.fn("pr").rest(0, a -> write(out, join(a, true), false));
        lib.fn("prn").rest(0, a -> write(out, join(a, true) + "\n", true));
        lib.fn("print").rest(0, a -> write(out, join(a, false), false));
        lib.fn("println").rest(0, a -> write(out, join(a, false) + "\n", true));
        lib.fn("newline").a0(() -> write(out, "\n", true));
        lib.fn("flush").a0(() -> write(out, "", true));
        lib.privateFn("with-out-str*").a1(f -> {
            StringWriter sw = new StringWriter();
            ThreadBindings.push(dev.mino.runtime.lang.PersistentArrayMap.EMPTY.assoc(out, sw));
            try {
                CoreLibrary.asFn(f).invoke();
            } finally {
                ThreadBindings.pop();
            }
            return sw.toString();
        });
        lib.privateFn("parse-long*").a1(s -> {
            try {
                return Long.parseLong(((String) s).startsWith("+") ? ((String) s).substring(1) : (String) s);
            } catch (NumberFormatException e) {
                return null;
            }
        });
        lib.privateFn("parse-double*").a1(s -> {
            String t = (String) s;
            if (!t.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|NaN|Infinity)")) return null;
            return Double.parseDouble(t);
        });
        lib.fn("format").rest(1, a -> format((String) a[0], a));
        lib.fn("char").a1(x -> x instanceof Character ? x : (char) Numbers.toLong(x));
        lib.fn("re-pattern").a1(s -> s instanceof Pattern ? s : Pattern.compile((String) s));
        lib.fn("re-matcher").a2((re, s) -> ((Pattern) re).matcher((CharSequence) s));
        lib.fn("re-find").a1(m -> find((Matcher) m)).a2((re, s) -> find(((Pattern) re).matcher((CharSequence) s)));
        lib.fn("re-matches").a2((re, s) -> {
            Matcher m = ((Pattern) re).matcher((CharSequence) s);
            return m.matches() ? groups(m) : null;
        });
        lib.fn("re-groups").a1(m -> groups((Matcher) m));
        lib.fn("re-seq").a2((re, s) -> reSeq(((Pattern) re).matcher((CharSequence) s)));
    }

    private static Named named(Object x, String fn) {
        if (x instanceof Named n) return n;
        throw new ClassCastException((x == null ? "nil" : "class " + x.getClass().getName()) + " cannot be cast to class clojure.lang.Named");
    }

    static String join(Object[] a, boolean readably) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(readably ? Printer.prStr(a[i]) : Printer.printStr(a[i]));
        }
        return sb.toString();
    }

    private static Object write(Var out, String s, boolean flush) {
        Object w = out.deref();
        if (!(w instanceof Writer writer)) throw new MinoException("*out* is not a writer");
        try {
            writer.write(s);
            if (flush) writer.flush();
        } catch (IOException e) {
            throw new MinoException("write to *out* failed: " + e.getMessage(), e);
        }
        return null;
    }

    /** clojure.core/format: java.util.Formatter, with mino numbers passed as Java expects them. */
    private static String format(String fmt, Object[] a) {
        Object[] args = new Object[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            Object x = a[i];
            args[i - 1] = x instanceof dev.mino.runtime.lang.Ratio r ? r.doubleValue() : x;
        }
        return String.format(fmt, args);
    }

    private static Object find(Matcher m) {
        return m.find() ? groups(m) : null;
    }

    private static Object groups(Matcher m) {
        if (m.groupCount() == 0) return m.group();
        Object[] g = new Object[m.groupCount() + 1];
        for (int i = 0; i <= m.groupCount(); i++) g[i] = m.group(i);
        return PersistentVector.of(g);
    }

    private static ISeq reSeq(Matcher m) {
        if (!m.find()) return null;
        Object g = groups(m);
        return Seqs.cons(g, new LazySeq(new Builtin("re-seq").a0(() -> reSeq(m))));
    }
}
