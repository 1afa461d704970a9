package dev.mino.runtime.core;

import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.Printer;
import dev.mino.runtime.printer.PrinterWriter;
import dev.mino.runtime.printer.StatePrintMethods;
import java.io.Writer;

/**
 * print-method (the state's {@link StatePrintMethods}), its helpers print-simple and print-ctor, and
 * *print-dup*.
 */
final class PrintMethodFns {
    private static final Keyword TAG = Keyword.of("tag");

    private PrintMethodFns() {}

    /** Defines the state's print-method and returns it, for the evaluator to run the state's code with. */
    static StatePrintMethods install(CoreLibrary lib, PrintFns printing) {
        Var hierarchy = lib.evaluator.core.lookup(Symbol.of("global-hierarchy"));
        StatePrintMethods methods = new StatePrintMethods(hierarchy, printing::settingsNow);
        lib.def("print-method", "The multimethod that writes a value to a writer for pr and print, dispatching on its type.\n"
                + "  Add a method to print a type of your own.", methods.multimethod());
        lib.def("print-dup", "The multimethod pr uses instead of print-method while *print-dup* is true, dispatching on the\n"
                + "  class: it writes values as text that names their types (#=(...) forms for Clojure's reader; mino's\n"
                + "  reader cannot read those back).", methods.dupMultimethod());
        Var printMeta = lib.evaluator.core.lookup(Symbol.of("*print-meta*"));
        lib.fn("print-simple", "[o w]", "Writes the str of o to the writer w (with its metadata when *print-meta* is on).")
                .a2((o, w) -> {
            Writer out = PrinterWriter.asWriter(w);
            if (Truth.isTruthy(printMeta.deref()) && printing.readablyNow()) printMeta(o, methods, out);
            PrintFns.write(out, Printer.str(o));
            return null;
        });
        lib.fn("print-ctor", "[o print-args w]",
                "Writes o to w as a constructor call #=(Class. ...), with print-args writing the arguments.")
                .a3((o, printArgs, w) -> {
            Writer out = PrinterWriter.asWriter(w);
            Object c = DefinedType.classOf(o);
            PrintFns.write(out, "#=(");
            PrintFns.write(out, c instanceof DefinedType t ? t.typeName() : ((Class<?>) c).getName());
            PrintFns.write(out, ". ");
            Callables.asFn(printArgs).invoke(o, out);
            PrintFns.write(out, ")");
            return null;
        });
        return methods;
    }

    /** ^meta before o when it has metadata (print-simple under *print-meta*): just the :tag when that is all. */
    private static void printMeta(Object o, StatePrintMethods methods, Writer out) {
        if (!(o instanceof IMeta m) || m.meta() == null || m.meta().count() == 0) return;
        IPersistentMap meta = m.meta();
        Object tag = meta.valAt(TAG);
        PrintFns.write(out, "^");
        methods.defaultMethod().invoke(meta.count() == 1 && tag != null ? tag : meta, out);
        PrintFns.write(out, " ");
    }
}
