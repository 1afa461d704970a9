package dev.mino.runtime.core;

import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.printer.PrintMethods;
import java.util.concurrent.Future;

/** Promises, futures, locking and the printing of pending references (clojure.core's concurrency half). */
final class ConcurrencyFns {
    private static final Keyword STATUS = Keyword.of("status");
    private static final Keyword VAL = Keyword.of("val");
    private static final Keyword PENDING = Keyword.of("pending");
    private static final Keyword READY = Keyword.of("ready");
    private static final Keyword FAILED = Keyword.of("failed");

    private ConcurrencyFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("promise").a0(Promise::new);
        lib.fn("deliver").a2((p, v) -> Callables.asFn(p).invoke(v));
        FuturePool pool = new FuturePool(lib.evaluator.options().threads());
        lib.fn("future-call").a1(f -> MinoFuture.start(f, pool));
        lib.fn("future?").a1(x -> x instanceof Future);
        lib.fn("future-done?").a1(f -> asFuture(f).isDone());
        lib.fn("future-cancelled?").a1(f -> asFuture(f).isCancelled());
        lib.fn("future-cancel").a1(f -> asFuture(f).cancel(true));
        lib.privateFn("run-locked").a2(ConcurrencyFns::runLocked);
        lib.privateFn("processor-count").a0(() -> (long) Runtime.getRuntime().availableProcessors());
        PrintMethods.register(MinoFuture.class, (x, p) -> p.printObject(MinoFuture.CLASS_NAME, x, stateMap((IDeref) x)));
        PrintMethods.register(Promise.class, (x, p) -> p.printObject(Promise.CLASS_NAME, x, stateMap((IDeref) x)));
        // Replaces the plain Delay printer: a delay whose body threw prints as :failed instead of rethrowing.
        PrintMethods.register(Delay.class, (x, p) -> p.printObject("clojure.lang.Delay", x, stateMap((IDeref) x)));
    }

    /** (locking x body): body runs as a thunk while holding x's monitor; nil has none (NullPointerException). */
    private static Object runLocked(Object lockee, Object thunk) {
        if (lockee == null) throw new NullPointerException("Cannot enter synchronized block because \"lockee\" is null");
        synchronized (lockee) {
            return Callables.asFn(thunk).invoke();
        }
    }

    /** x as a java.util.concurrent.Future, or Clojure's cast error. */
    static Future<?> asFuture(Object f) {
        if (f instanceof Future<?> fut) return fut;
        if (f == null) throw new NullPointerException();
        throw new ClassCastException("class " + Printing.className(f.getClass())
                + " cannot be cast to class java.util.concurrent.Future");
    }

    /**
     * What a reference's #object detail shows, as Clojure computes it: :pending (nil value) while a
     * pending reference is unrealized, else its value, or :failed with the exception its deref throws.
     */
    static Object stateMap(IDeref ref) {
        if (ref instanceof IPending p && !p.isRealized()) return state(PENDING, null);
        try {
            return state(READY, ref.deref());
        } catch (Throwable e) {
            return state(FAILED, e);
        }
    }

    private static Object state(Keyword status, Object val) {
        return PersistentArrayMap.EMPTY.assoc(STATUS, status).assoc(VAL, val);
    }
}
