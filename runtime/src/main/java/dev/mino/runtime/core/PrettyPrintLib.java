package dev.mino.runtime.core;

import dev.mino.runtime.core.PrettyToken.NewlineKind;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Ratio;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.TypedInstance;
import dev.mino.runtime.lang.Seqs;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.math.BigInteger;

/**
 * The Java half of clojure.pprint: the pretty writer's operations and the cl-format engine, as private
 * vars that pprint.clj builds the public API on. A pretty writer argument must be one made by
 * pretty-writer (get-pretty-writer in the API).
 */
final class PrettyPrintLib {
    private PrettyPrintLib() {}

    static void install(NativeNamespace ns) {
        ns.privateFn("pretty-writer", "[writer right-margin miser-width]").a3((w, margin, miser) ->
                new PrettyWriter(writer(w), margin == null ? -1 : Numbers.toIndex(margin), miser == null ? -1 : Numbers.toIndex(miser)));
        ns.privateFn("pretty-writer?", "[x]").a1(x -> x instanceof PrettyWriter);
        ns.privateFn("start-block", "[writer prefix per-line-prefix suffix]").rest(4, a -> {
            pretty(a[0]).startBlock((String) a[1], (String) a[2], (String) a[3]);
            return null;
        });
        ns.privateFn("end-block", "[writer]").a1(w -> {
            pretty(w).endBlock();
            return null;
        });
        ns.privateFn("nl", "[writer kind]").a2((w, kind) -> {
            pretty(w).newline(newlineKind(kind));
            return null;
        });
        ns.privateFn("indent", "[writer relative-to offset]").a3((w, relativeTo, offset) -> {
            pretty(w).indent(relativeTo == Keyword.of("block"), (int) Numbers.toLong(offset));
            return null;
        });
        ns.privateFn("get-column", "[writer]").a1(w -> (long) pretty(w).column());
        ns.privateFn("ppflush", "[writer]").a1(w -> {
            pretty(w).flushBuffer();
            return null;
        });
        ns.privateFn("string-writer", "[]").a0(StringWriter::new);
        ns.privateFn("array?", "[x]").a1(x -> x != null && x.getClass().isArray());
        ns.privateFn("array-seq", "[x]").a1(x -> {
            Object[] items = new Object[Array.getLength(x)];
            for (int i = 0; i < items.length; i++) items[i] = Array.get(x, i);
            return Seqs.seq(Seqs.arraySeq(items, 0));
        });
        ns.privateFn("ref-type-name", "[ref]").a1(PrettyPrintLib::refTypeName);
        ns.privateFn("simple-number-text", "[x base radix]").a3((x, base, radix) ->
                simpleNumberText(x, (int) Numbers.toLong(base), Truth.isTruthy(radix)));
        ClFormatLib.install(ns);
    }

    /** The type name in #<Type@hash: value>: the class's simple name, Future for futures. */
    private static String refTypeName(Object ref) {
        if (ref instanceof MinoFuture) return "Future";
        if (ref instanceof TypedInstance t) {
            String name = t.definedType().typeName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return ref.getClass().getSimpleName();
    }

    /**
     * An integer's or ratio's text in base (2 to 36), with the radix marker when radix is set (#b #o #x,
     * #NNr, or a trailing . for an integer in base 10); null for other values. Bases 8, 10 and 16 use
     * java.util.Formatter as Clojure does, so a negative long prints as its two's complement there, and
     * in other bases a negative integer prints no digits — as in Clojure 1.12.
     */
    static String simpleNumberText(Object x, int base, boolean radix) {
        if (isInteger(x)) {
            if (base == 10) return x + (radix ? "." : "");
            return (radix ? radixMarker(base) : "") + digits(x, base, !(x instanceof BigInteger));
        }
        if (x instanceof Ratio r) {
            return (radix ? radixMarker(base) : "") + digits(r.numerator(), base, true) + "/" + digits(r.denominator(), base, true);
        }
        return null;
    }

    static boolean isInteger(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte || x instanceof BigInteger;
    }

    private static String radixMarker(int base) {
        return switch (base) {
            case 2 -> "#b";
            case 8 -> "#o";
            case 16 -> "#x";
            default -> "#" + base + "r";
        };
    }

    /** The digits of an integer in base; javaFormat allows Formatter's %o/%d/%x for bases 8, 10, 16. */
    static String digits(Object n, int base, boolean javaFormat) {
        if (javaFormat && (base == 8 || base == 10 || base == 16)) {
            return String.format(base == 8 ? "%o" : base == 10 ? "%d" : "%x", n);
        }
        BigInteger v = n instanceof BigInteger b ? b : BigInteger.valueOf(((Number) n).longValue());
        if (v.signum() == 0) return "0";
        return v.signum() < 0 ? "" : v.toString(base);
    }

    static Writer writer(Object w) {
        if (w instanceof Writer writer) return writer;
        throw new ClassCastException(Numbers.describe(w) + " cannot be cast to class java.io.Writer");
    }

    static PrettyWriter pretty(Object w) {
        if (w instanceof PrettyWriter p) return p;
        throw new IllegalArgumentException("Not a pretty writer: " + Numbers.describe(w)
                + " (pretty printing operations need *out* bound to a pretty writer, as pprint and cl-format bind it)");
    }

    private static NewlineKind newlineKind(Object kind) {
        if (kind instanceof Keyword k) {
            switch (k.getName()) {
                case "linear": return NewlineKind.LINEAR;
                case "miser": return NewlineKind.MISER;
                case "fill": return NewlineKind.FILL;
                case "mandatory": return NewlineKind.MANDATORY;
                default: break;
            }
        }
        throw new IllegalArgumentException("Bad argument: " + dev.mino.runtime.printer.Printer.prStr(kind)
                + ". It must be one of #{:linear :mandatory :miser :fill}");
    }
}
