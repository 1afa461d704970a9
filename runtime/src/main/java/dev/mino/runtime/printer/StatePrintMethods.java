package dev.mino.runtime.printer;

import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MultiFn;
import dev.mino.runtime.lang.ThreadBindings;
import java.util.function.Supplier;

/**
 * One state's print-method, the multimethod Clojure programs extend to control how their types print, as
 * the printer consults it: for every value that its fast paths do not print, so a
 * (defmethod print-method Point [p w] ...) serves pr, str of collections and the REPL alike, wherever the
 * value is nested. The printer asks only the state whose code runs on the thread
 * ({@link #ofRunningState}): one state's methods never run on, or see, the values another state prints,
 * and printing from Java outside any state's code ({@link #NONE}, a value's toString()) runs no mino code.
 */
public final class StatePrintMethods {
    private static final Keyword TYPE = Keyword.of("type");
    private static final Keyword DEFAULT = Keyword.of("default");

    /** No state's methods: what printing outside any state's code uses. */
    public static final StatePrintMethods NONE = new StatePrintMethods();

    private final MultiFn printMethod;
    private final DefaultPrintMethod defaultMethod;
    /** The method table print-method starts with: while it is unchanged, the state's code added no method. */
    private final IPersistentMap initialMethods;

    private StatePrintMethods() {
        printMethod = null;
        defaultMethod = null;
        initialMethods = null;
    }

    /**
     * A state's print-method, dispatching in hierarchy (the state's global hierarchy). It starts with the
     * built-in method, which prints with settings: the state's *print-...* vars when it is called.
     */
    public StatePrintMethods(IDeref hierarchy, Supplier<PrintSettings> settings) {
        defaultMethod = new DefaultPrintMethod(this, settings);
        printMethod = new MultiFn("print-method", new Dispatch(), DEFAULT, hierarchy);
        printMethod.addMethod(DEFAULT, defaultMethod);
        printMethod.addMethod(IPersistentCollection.class, defaultMethod);
        printMethod.addMethod(Number.class, defaultMethod);
        // As in Clojure: a method for java.util.Map or Collection does not take over mino's collections,
        // and a method for IRecord does take over records.
        printMethod.preferMethod(IPersistentCollection.class, java.util.Map.class);
        printMethod.preferMethod(IPersistentCollection.class, java.util.Collection.class);
        printMethod.preferMethod(IRecord.class, IPersistentCollection.class);
        initialMethods = printMethod.methodTable();
    }

    /** The methods of the state whose code runs on this thread, or NONE outside any state's code. */
    static StatePrintMethods ofRunningState() {
        return ThreadBindings.state() instanceof PrintingState s ? s.printMethods() : NONE;
    }

    /** clojure.core/print-method of the state. */
    public MultiFn multimethod() {
        return printMethod;
    }

    /** The method print-method starts with: prints as the printer does (print-simple prints metadata with it). */
    public Fn defaultMethod() {
        return defaultMethod;
    }

    /** Prints x with a method the state's code added to print-method and answers true, or answers false. */
    boolean print(Object x, Printer printer) {
        if (printMethod == null || printMethod.methodTable() == initialMethods) return false;
        Fn method = printMethod.methodFor(dispatchValue(x));
        if (method == null || method == defaultMethod) return false;
        method.invoke(x, new PrinterWriter(printer));
        return true;
    }

    /** print-method's dispatch: the :type metadata when it is a keyword, else the class. */
    private static Object dispatchValue(Object x) {
        if (x instanceof IMeta m && m.meta() != null && m.meta().valAt(TYPE) instanceof Keyword k) return k;
        return DefinedType.classOf(x);
    }

    private static final class Dispatch extends Fn {
        @Override public String name() { return "clojure.core/print-method-dispatch"; }

        @Override public Object invoke(Object x, Object w) { return dispatchValue(x); }
    }
}
