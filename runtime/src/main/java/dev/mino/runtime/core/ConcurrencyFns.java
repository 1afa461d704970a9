package dev.mino.runtime.core;

import dev.mino.runtime.lang.Printing;
import java.util.concurrent.Future;

/** Promises, futures and locking (refs are RefFns', agents AgentFns'). */
final class ConcurrencyFns {
    private ConcurrencyFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("promise", "[]", "A promise: deref waits until deliver gives it a value. Only the first delivery counts.")
                .a0(Promise::new);
        lib.fn("deliver", "[promise val]",
                "Settles promise with val; threads blocked in deref on it carry on. Only the first delivery counts.")
                .a2((p, v) -> Callables.asFn(p).invoke(v));
        FuturePool pool = new FuturePool(lib.evaluator.options().threads());
        lib.fn("future-call", "[f]", "Runs the no-argument function f on another thread and returns a future of its result.")
                .a1(f -> MinoFuture.start(f, pool));
        lib.fn("future?", "[x]", "True when x is a future.").a1(x -> x instanceof Future);
        lib.fn("future-done?", "[f]", "True when the future f has finished, normally, by an exception or cancelled.")
                .a1(f -> asFuture(f).isDone());
        lib.fn("future-cancelled?", "[f]", "True when the future f was cancelled.").a1(f -> asFuture(f).isCancelled());
        lib.fn("future-cancel", "[f]", "Cancels the future f, interrupting it if it runs; true when it was cancelled.")
                .a1(f -> asFuture(f).cancel(true));
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
