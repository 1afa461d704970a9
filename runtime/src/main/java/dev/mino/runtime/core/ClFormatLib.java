package dev.mino.runtime.core;

import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * cl-format's builtins in clojure.pprint (private): compile-format, format-hooks (the pprint vars the
 * engine calls back into) and execute-format, on which cl-format, formatter and formatter-out are built.
 */
final class ClFormatLib {
    private ClFormatLib() {}

    static void install(NativeNamespace ns) {
        ns.privateFn("compile-format", "[format-str]").a1(CompiledFormat::of);
        ns.privateFn("format-hooks", "[write-out write logical-block fresh-line right-margin miser-width base radix]")
                .rest(8, a -> new ClFormatHooks(ns, (Var) a[0], (Var) a[1], (Var) a[2], (Var) a[3], (Var) a[4], (Var) a[5], (Var) a[6], (Var) a[7]));
        ns.privateFn("execute-format", "[hooks stream format args] [hooks format args]")
                .a4((hooks, stream, format, args) -> execute((ClFormatHooks) hooks, stream, CompiledFormat.of(format), args))
                .a3((hooks, format, args) -> {
                    ClFormatHooks h = (ClFormatHooks) hooks;
                    new ClFormatRunner(h).run(CompiledFormat.of(format).elements(), FormatArgs.of(args), null);
                    return null;
                });
    }

    /**
     * Runs format to stream: nil (or false) for a string result, true for *out*, or a Writer. Formats that
     * need column tracking get a pretty writer over the stream for the run (flushed at the end).
     */
    private static Object execute(ClFormatHooks hooks, Object stream, CompiledFormat format, Object args) {
        boolean toString = stream == null || Boolean.FALSE.equals(stream);
        Writer real = toString ? new StringWriter() : Boolean.TRUE.equals(stream) ? PrettyPrintLib.writer(hooks.out().deref()) : PrettyPrintLib.writer(stream);
        Writer w = format.needsPretty() && !(real instanceof PrettyWriter) ? hooks.prettyWriter(real) : real;
        ThreadBindings.push(PersistentArrayMap.EMPTY.assoc(hooks.out(), w));
        try {
            new ClFormatRunner(hooks).run(format.elements(), FormatArgs.of(args), null);
        } finally {
            try {
                if (w != real) w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                ThreadBindings.pop();
            }
        }
        return toString ? real.toString() : null;
    }
}
