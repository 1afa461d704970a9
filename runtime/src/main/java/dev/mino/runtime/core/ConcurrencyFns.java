package dev.mino.runtime.core;

import dev.mino.runtime.lang.Printing;
import java.util.concurrent.Future;

/** Promises, futures and locking (clojure.core's concurrency half). */
final class ConcurrencyFns {
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
        // Clojure's stops the agents' thread pools (futures' too) so the JVM can exit; mino has no agents, and
        // its futures run on daemon threads, which never keep the process alive.
        lib.fn("shutdown-agents").a0(() -> null);
        lib.privateFn("run-locked").a2(ConcurrencyFns::runLocked);
        lib.privateFn("processor-count").a0(() -> (long) Runtime.getRuntime().availableProcessors());
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
}
