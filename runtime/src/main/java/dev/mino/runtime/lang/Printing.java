package dev.mino.runtime.lang;

import java.util.Map;
import java.util.function.Function;

/**
 * What the collections' toString returns. Clojure's collections print their pr form from toString; the
 * printer (package printer, which lang cannot depend on) installs itself here once, when it loads, so that
 * holds for mino too. Until it does, a plain rendering close to pr is used, so values are readable in tests
 * and error messages.
 */
public final class Printing {
    private static final Function<Object, String> PLAIN = Printing::plain;
    private static volatile Function<Object, String> printer = PLAIN;

    private Printing() {}

    /** Makes toString of every collection render with pr. Only the first call counts: the bridge is set once. */
    public static synchronized void install(Function<Object, String> pr) {
        if (printer == PLAIN) printer = pr;
    }

    public static String pr(Object x) {
        return printer.apply(x);
    }

    /** Name of a runtime class as Clojure's error messages show it (clojure.lang.X for this package). */
    public static String className(Class<?> c) {
        return c.getPackage() == Printing.class.getPackage() ? "clojure.lang." + c.getSimpleName() : c.getName();
    }

    private static String plain(Object x) {
        StringBuilder sb = new StringBuilder();
        appendPlain(sb, x);
        return sb.toString();
    }

    private static void appendPlain(StringBuilder sb, Object x) {
        switch (x) {
            case null -> sb.append("nil");
            case String s -> sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            case Character c -> sb.append('\\').append(c.charValue());
            case IPersistentMap m -> appendMap(sb, m);
            case IPersistentVector v -> appendAll(sb, "[", v.seq(), "]");
            case IPersistentSet s -> appendAll(sb, "#{", s.seq(), "}");
            case ISeq s -> appendAll(sb, "(", s.seq(), ")");
            default -> sb.append(x);
        }
    }

    private static void appendMap(StringBuilder sb, IPersistentMap m) {
        sb.append('{');
        boolean first = true;
        for (Object o : m) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            if (!first) sb.append(", ");
            first = false;
            appendPlain(sb, e.getKey());
            sb.append(' ');
            appendPlain(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void appendAll(StringBuilder sb, String open, ISeq s, String close) {
        sb.append(open);
        for (boolean first = true; s != null; s = s.next(), first = false) {
            if (!first) sb.append(' ');
            appendPlain(sb, s.first());
        }
        sb.append(close);
    }
}
