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
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
    /** print-dup, what pr uses under *print-dup*: only for the types Clojure's has methods for. */
    private final MultiFn printDup;
    private final DefaultPrintMethod dupMethod;

    private StatePrintMethods() {
        printMethod = null;
        defaultMethod = null;
        initialMethods = null;
        printDup = null;
        dupMethod = null;
    }

    /**
     * A state's print-method, dispatching in hierarchy (the state's global hierarchy). It starts with the
     * built-in method, which prints with settings: the state's *print-...* vars when it is called.
     */
    public StatePrintMethods(IDeref hierarchy, Supplier<PrintSettings> settings) {
        defaultMethod = new DefaultPrintMethod(this, settings, "clojure.core/print-method");
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
        dupMethod = new DefaultPrintMethod(this, () -> settings.get().withDup(true), "clojure.core/print-dup");
        printDup = new MultiFn("print-dup", new DupDispatch(), DEFAULT, hierarchy);
        for (Class<?> c : DUP_TYPES) printDup.addMethod(c, dupMethod);
        printDup.preferMethod(IPersistentCollection.class, Map.class);
        printDup.preferMethod(IPersistentCollection.class, Collection.class);
    }

    /**
     * The types print-dup starts with a method for (the built-in one, {@link DupForms}): those of Clojure's
     * methods that mino has. Any other value (an atom, an array, a fn) has none, so pr under *print-dup*
     * fails on it, as in Clojure, unless the program adds one.
     */
    private static final Class<?>[] DUP_TYPES = {
        Number.class, Boolean.class, String.class, Character.class, Keyword.class, Symbol.class,
        IPersistentCollection.class, Map.class, Collection.class, Class.class, DefinedType.class,
        Var.class, Namespace.class, Date.class, UUID.class, Pattern.class,
    };

    /** The methods of the state whose code runs on this thread, or NONE outside any state's code. */
    static StatePrintMethods ofRunningState() {
        return ThreadBindings.state() instanceof PrintingState s ? s.printMethods() : NONE;
    }

    /** clojure.core/print-method of the state. */
    public MultiFn multimethod() {
        return printMethod;
    }

    /** clojure.core/print-dup of the state. */
    public MultiFn dupMultimethod() {
        return printDup;
    }

    /**
     * Under *print-dup*: prints x with a method the state's code added to print-dup and answers true, or answers
     * false when the built-in method takes x; throws when print-dup has no method for x.
     */
    boolean printDup(Object x, Printer printer) {
        if (printDup == null) return false;
        Object type = DefinedType.classOf(x);
        // A method for exactly x's type is x's own: it wins even where the built-in method's preferences (persistent
        // collections over java.util.Map) would reach x's type through its interfaces.
        Fn method = printDup.methodTable().valAt(type) instanceof Fn own ? own : printDup.methodFor(type);
        if (method == null) throw new IllegalArgumentException("No method in multimethod 'print-dup' for dispatch value: " + type);
        if (method == dupMethod) return false;
        method.invoke(x, new PrinterWriter(printer));
        return true;
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

    /** print-dup's dispatch: the class (a record's or deftype's type). */
    private static final class DupDispatch extends Fn {
        @Override public String name() { return "clojure.core/print-dup-dispatch"; }

        @Override public Object invoke(Object x, Object w) { return DefinedType.classOf(x); }
    }

    private static final class Dispatch extends Fn {
        @Override public String name() { return "clojure.core/print-method-dispatch"; }

        @Override public Object invoke(Object x, Object w) { return dispatchValue(x); }
    }
}
