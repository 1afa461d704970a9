package dev.mino.runtime.core;

import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentQueue;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.PrintSettings;
import dev.mino.runtime.printer.Printer;
import dev.mino.runtime.printer.PrinterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The printing functions (pr, prn, print, println, the *-str variants, printf, newline, flush) and the
 * dynamic vars that steer them: *print-readably*, *print-length*, *print-level*, *print-namespace-maps*,
 * *print-dup* and *flush-on-newline* (and *print-meta*, defined with the other dynamic vars), with Clojure's defaults outside a REPL.
 */
final class PrintFns {
    private static final PrintSettings DEFAULTS = PrintSettings.READABLY;

    private final Var out;
    private final Var readably;
    private final Var length;
    private final Var level;
    private final Var namespaceMaps;
    private final Var flushOnNewline;
    private final Var meta;
    private final Var dup;

    private PrintFns(CoreLibrary lib) {
        out = lib.evaluator.outVar;
        readably = lib.dynamic("*print-readably*", "When false, pr and prn print strings and characters as print does.", true);
        length = lib.dynamic("*print-length*", "When a number, the printers show at most that many items of each collection,\n"
                + "  then ...; nil shows them all.", null);
        level = lib.dynamic("*print-level*", "When a number, the printers show collections nested at most that deep, deeper\n"
                + "  ones as #; nil shows every level.", null);
        namespaceMaps = lib.dynamic("*print-namespace-maps*", "When true, a map whose keys share a namespace prints as #:ns{...}.",
                false);
        meta = lib.evaluator.core.lookup(Symbol.of("*print-meta*"));
        dup = lib.dynamic("*print-dup*", "When true, pr prints values through print-dup, as text that names their types so that\n"
                + "  Clojure's reader with *read-eval* can rebuild them (mino's reader cannot: it rejects #=).", false);
        flushOnNewline = lib.dynamic("*flush-on-newline*", "When true, *out* is flushed after each line the printers end.", true);
    }

    static PrintFns install(CoreLibrary lib) {
        PrintFns p = new PrintFns(lib);
        lib.fn("pr", "[] [x] [x & more]", "Prints the values to *out* readably (strings quoted), separated by spaces.")
                .rest(0, a -> p.print(p.writer(), a, p.readablyNow(), false));
        lib.makeDynamic("pr"); // as in Clojure, where pr is the one printer a program may rebind
        lib.fn("prn", "[& more]", "Like pr, then a newline.").rest(0, a -> p.print(p.writer(), a, p.readablyNow(), true));
        lib.fn("print", "[& more]", "Prints the values to *out* as display text: strings and characters appear bare, values are\n"
                + "  separated by spaces.")
                .rest(0, a -> p.print(p.writer(), a, false, false));
        lib.fn("println", "[& more]", "Like print, then a newline.").rest(0, a -> p.print(p.writer(), a, false, true));
        lib.fn("pr-str", "[& xs]", "What pr would print, as a string.").rest(0, a -> p.printToString(a, p.readablyNow(), false));
        lib.fn("prn-str", "[& xs]", "What prn would print, as a string.").rest(0, a -> p.printToString(a, p.readablyNow(), true));
        lib.fn("print-str", "[& xs]", "What print would print, as a string.").rest(0, a -> p.printToString(a, false, false));
        lib.fn("println-str", "[& xs]", "What println would print, as a string.").rest(0, a -> p.printToString(a, false, true));
        lib.fn("newline", "[]", "Writes a line break to *out*.").a0(() -> {
            write(p.writer(), "\n");
            return null;
        });
        lib.fn("flush", "[]", "Flushes *out*.").a0(() -> {
            flush(p.writer());
            return null;
        });
        lib.fn("printf", "[fmt & args]", "Prints (format fmt args...) to *out*.").rest(1, a -> {
            write(p.writer(), StringFns.format(a));
            return null;
        });
        lib.privateFn("with-out-str*").a1(f -> {
            StringWriter sw = new StringWriter();
            ThreadBindings.push(PersistentArrayMap.EMPTY.assoc(p.out, sw));
            try {
                CoreLibrary.asFn(f).invoke();
            } finally {
                ThreadBindings.pop();
            }
            return sw.toString();
        });
        return p;
    }

    /** The settings the print functions use now: *print-readably* for pr, never for print. */
    PrintSettings settings(boolean readable) {
        boolean dupOn = Truth.isTruthy(dup.deref());
        // As in Clojure, *print-dup* prints readably even for print.
        return new PrintSettings(readable || dupOn, limit(length.deref()), limit(level.deref()), Truth.isTruthy(namespaceMaps.deref()),
                Truth.isTruthy(meta.deref()), dupOn);
    }

    /** The settings pr uses now (print-method called directly prints with them). */
    PrintSettings settingsNow() {
        return settings(readablyNow());
    }

    boolean readablyNow() {
        return Truth.isTruthy(readably.deref());
    }

    private static int limit(Object n) {
        if (n == null) return -1;
        long l = Numbers.toLong(n);
        return l < 0 ? 0 : (int) Math.min(l, Integer.MAX_VALUE);
    }

    /**
     * str of one value. A collection's text is its printed form, which (as in Clojure) follows the
     * *print-...* vars; a lazy seq's, record's or queue's is its Object text, which does not.
     */
    String str(Object x) {
        if (x == null) return "";
        if (x instanceof String s) return s;
        if (x instanceof IPersistentCollection && !(x instanceof LazySeq) && !(x instanceof IRecord)
                && !(x instanceof PersistentQueue)) {
            PrintSettings s = settingsNow();
            if (!s.equals(DEFAULTS)) return Printer.toString(x, s);
        }
        return Printer.str(x);
    }

    private Writer writer() {
        return PrinterWriter.asWriter(out.deref());
    }

    private Object print(Writer w, Object[] xs, boolean readable, boolean newline) {
        PrintSettings s = settings(readable);
        try {
            for (int i = 0; i < xs.length; i++) {
                if (i > 0) w.append(' ');
                Printer.print(xs[i], s, w);
            }
            if (newline) {
                w.append('\n');
                if (Truth.isTruthy(flushOnNewline.deref())) w.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            throw dev.mino.runtime.lang.MinoException.nestedTooDeeply(readable ? "pr" : "print");
        }
        return null;
    }

    private String printToString(Object[] xs, boolean readable, boolean newline) {
        StringWriter sw = new StringWriter();
        print(sw, xs, readable, newline);
        return sw.toString();
    }

    static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
