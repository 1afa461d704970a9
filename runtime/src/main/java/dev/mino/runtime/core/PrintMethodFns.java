package dev.mino.runtime.core;

import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MultiFn;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.PrintSettings;
import dev.mino.runtime.printer.Printer;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * print-method, the multimethod Clojure programs extend to control how their types print, and its helpers
 * print-simple and print-ctor. The printer asks print-method (through {@link Printer.Hook}) about every
 * value it prints, so a (defmethod print-method Point [p w] ...) is used by pr, prn, print, str of
 * collections and the REPL alike, for the value and wherever it is nested. print-method dispatches as in
 * Clojure: on the value's :type metadata when that is a keyword, else on its class. The methods mino
 * starts with (for :default, collections and numbers) print as the printer itself does.
 */
final class PrintMethodFns {
    private static final Keyword TYPE = Keyword.of("type");
    /** Every state's built-in method; weakly held, so a state that is dropped can be collected. */
    private static final List<WeakReference<BuiltinPrintMethod>> STATES = new CopyOnWriteArrayList<>();
    /** A value the built-in method is printing right now, which must not go back to the user's method. */
    private static final ThreadLocal<Object> BYPASS = new ThreadLocal<>();

    static {
        Printer.setHook(PrintMethodFns::printWithUserMethod);
    }

    private PrintMethodFns() {}

    static void install(CoreLibrary lib) {
        Var hierarchy = lib.evaluator.core.lookup(Symbol.of("global-hierarchy"));
        Builtin dispatch = new Builtin("clojure.core/print-method-dispatch").a2((x, w) -> dispatchValue(x));
        MultiFn printMethod = new MultiFn("print-method", dispatch, Keyword.of("default"), hierarchy);
        BuiltinPrintMethod builtin = new BuiltinPrintMethod(printMethod, lib);
        printMethod.addMethod(Keyword.of("default"), builtin);
        printMethod.addMethod(IPersistentCollection.class, builtin);
        printMethod.addMethod(Number.class, builtin);
        // As in Clojure: a method for java.util.Map or Collection does not take over mino's collections,
        // and a method for IRecord does take over records.
        printMethod.preferMethod(IPersistentCollection.class, java.util.Map.class);
        printMethod.preferMethod(IPersistentCollection.class, java.util.Collection.class);
        printMethod.preferMethod(IRecord.class, IPersistentCollection.class);
        builtin.initialMethods = printMethod.methodTable();
        lib.def("print-method", printMethod);
        STATES.add(new WeakReference<>(builtin));

        PrintFns.dynamic(lib, "*print-dup*", false);
        lib.fn("print-simple").a2((o, w) -> {
            Writer out = writer(w);
            builtin.printMeta(o, out);
            PrintFns.write(out, Printer.str(o));
            return null;
        });
        lib.fn("print-ctor").a3((o, printArgs, w) -> {
            Writer out = writer(w);
            Object c = DefinedType.classOf(o);
            PrintFns.write(out, "#=(");
            PrintFns.write(out, c instanceof DefinedType t ? t.typeName() : ((Class<?>) c).getName());
            PrintFns.write(out, ". ");
            Callables.asFn(printArgs).invoke(o, out);
            PrintFns.write(out, ")");
            return null;
        });
    }

    /** print-method's dispatch: the :type metadata when it is a keyword, else the class. */
    static Object dispatchValue(Object x) {
        if (x instanceof IMeta m && m.meta() != null && m.meta().valAt(TYPE) instanceof Keyword k) return k;
        return DefinedType.classOf(x);
    }

    static Writer writer(Object w) {
        if (w instanceof Writer out) return out;
        throw new ClassCastException(Numbers.describe(w) + " cannot be cast to class java.io.Writer");
    }

    /**
     * The printer's hook: prints x with a method mino code added to print-method, if there is one for it.
     * Only the state whose code runs on this thread (or whose printString was called) is asked: printing from
     * Java outside any state's code (toString() of a value) never runs any state's code, so one tenant's
     * print-method cannot see another tenant's values.
     */
    private static boolean printWithUserMethod(Object x, Printer printer) {
        if (BYPASS.get() == x) {
            BYPASS.remove();
            return false;
        }
        if (!anyUserMethods()) return false;
        for (WeakReference<BuiltinPrintMethod> ref : STATES) {
            BuiltinPrintMethod b = ref.get();
            if (b != null && b.isCurrent()) return b.printWithUserMethod(x, printer);
        }
        return false;
    }

    /** Whether any live state has added a print-method method (the common answer, no, is cheap). */
    private static boolean anyUserMethods() {
        boolean any = false;
        for (WeakReference<BuiltinPrintMethod> ref : STATES) {
            BuiltinPrintMethod b = ref.get();
            if (b == null) {
                STATES.remove(ref);
            } else {
                any |= b.hasUserMethods();
            }
        }
        return any;
    }

    /** A Writer onto the printer that is printing, so that a user method's output lands in place. */
    private static final class PrinterWriter extends Writer {
        final Printer printer;

        PrinterWriter(Printer printer) {
            this.printer = printer;
        }

        @Override public void write(char[] cbuf, int off, int len) {
            printer.append(new String(cbuf, off, len));
        }

        @Override public void write(String s) {
            printer.append(s);
        }

        @Override public void write(int c) {
            printer.append((char) c);
        }

        @Override public void flush() { }

        @Override public void close() { }
    }

    /**
     * The method print-method starts with, in one state: prints as the printer does. It also stands for
     * the state in the printer's hook.
     */
    private static final class BuiltinPrintMethod extends Fn {
        private final MultiFn printMethod;
        private final Var nsVar;
        private final Var readably;
        private final Var length;
        private final Var level;
        private final Var namespaceMaps;
        private final Var printMetaVar;
        /** The method table as installed: while it is unchanged, no user method exists. */
        volatile IPersistentMap initialMethods;

        BuiltinPrintMethod(MultiFn printMethod, CoreLibrary lib) {
            this.printMethod = printMethod;
            this.nsVar = lib.evaluator.nsVar;
            this.readably = var(lib, "*print-readably*");
            this.length = var(lib, "*print-length*");
            this.level = var(lib, "*print-level*");
            this.namespaceMaps = var(lib, "*print-namespace-maps*");
            this.printMetaVar = var(lib, "*print-meta*");
        }

        private static Var var(CoreLibrary lib, String name) {
            return lib.evaluator.core.lookup(Symbol.of(name));
        }

        @Override public String name() { return "clojure.core/print-method"; }

        /** Whether this state's code is running on the current thread (its *ns* is bound here). */
        boolean isCurrent() {
            return ThreadBindings.lookup(nsVar) != null;
        }

        boolean hasUserMethods() {
            return printMethod.methodTable() != initialMethods;
        }

        boolean printWithUserMethod(Object x, Printer printer) {
            if (!hasUserMethods()) return false;
            Fn method = printMethod.methodFor(dispatchValue(x));
            if (method == null || method == this) return false;
            method.invoke(x, new PrinterWriter(printer));
            return true;
        }

        /** (print-method x w) reaching the built-in method: x printed as the printer prints it. */
        @Override public Object invoke(Object x, Object w) {
            if (w instanceof PrinterWriter pw) {
                BYPASS.set(x);
                try {
                    pw.printer.printValue(x);
                } finally {
                    BYPASS.remove();
                }
            } else {
                Writer out = writer(w);
                BYPASS.set(x);
                try {
                    Printer.print(x, settings(), out);
                } finally {
                    BYPASS.remove();
                }
            }
            return null;
        }

        private PrintSettings settings() {
            return new PrintSettings(Truth.isTruthy(readably.deref()), limit(length.deref()), limit(level.deref()),
                    Truth.isTruthy(namespaceMaps.deref()));
        }

        private static int limit(Object n) {
            if (n == null) return -1;
            long l = Numbers.toLong(n);
            return l < 0 ? 0 : (int) Math.min(l, Integer.MAX_VALUE);
        }

        /** ^meta before o, when *print-meta* and *print-readably* are on and o has metadata (print-simple). */
        void printMeta(Object o, Writer out) {
            if (!(o instanceof IMeta m) || m.meta() == null || m.meta().count() == 0) return;
            if (!Truth.isTruthy(printMetaVar.deref()) || !Truth.isTruthy(readably.deref())) return;
            IPersistentMap meta = m.meta();
            Object tag = meta.valAt(Keyword.of("tag"));
            PrintFns.write(out, "^");
            invoke(meta.count() == 1 && tag != null ? tag : meta, out);
            PrintFns.write(out, " ");
        }
    }
}
