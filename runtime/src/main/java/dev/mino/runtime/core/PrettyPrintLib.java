package dev.mino.runtime.core;

import dev.mino.runtime.core.PrettyToken.NewlineKind;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Seqs;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;

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
        //ClFormatLib.install(ns);
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
