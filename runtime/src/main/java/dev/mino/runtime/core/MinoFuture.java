package dev.mino.runtime.core;

import dev.mino.runtime.lang.IBlockingDeref;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * (future-call f): f runs on a pooled thread with the dynamic bindings of the thread that created the
 * future. deref waits for the result and rethrows a failure as the ExecutionException around it, as
 * Clojure does; future-cancel interrupts the thread, which mino code notices at its next safepoint.
 */
final class MinoFuture implements IDeref, IBlockingDeref, IPending, Future<Object>, Printable {
    /** The name Clojure's future class prints under (an anonymous reify inside clojure.core/future-call). */
    static final String CLASS_NAME = "clojure.core$future_call$reify__8477";

    private Future<Object> task;
    /** The thread running f, while it runs (cancel raises its Safepoint signal too); guarded by this. */
    private Thread runner;

    private MinoFuture() {}

    /** Starts f (anything callable; a non-callable fails on deref, as in Clojure) on one of the state's threads. */
    static MinoFuture start(Object f, FuturePool pool) {
        Object bindings = ThreadBindings.capture();
        MinoFuture future = new MinoFuture();
        future.task = pool.submit(() -> {
            Safepoint.clearCurrent();
            synchronized (future) {
                future.runner = Thread.currentThread();
            }
            Object previous = ThreadBindings.install(bindings);
            try {
                return Callables.asFn(f).invoke();
            } finally {
                synchronized (future) {
                    future.runner = null;
                }
                ThreadBindings.install(previous);
            }
        });
        return future;
    }

    @Override public Object deref() {
        try {
            return task.get();
        } catch (ExecutionException | InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
    }

    @Override public Object deref(long timeoutMs, Object timeoutValue) {
        try {
            return task.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return timeoutValue;
        } catch (ExecutionException | InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
    }

    @Override public void printOn(Printer printer) {
        printer.printReference(CLASS_NAME, this);
    }

    /** What str shows: Object.toString of Clojure's future class. */
    @Override public String toString() { return CLASS_NAME + "@" + Integer.toHexString(System.identityHashCode(this)); }

    @Override public boolean isRealized() { return task.isDone(); }

    @Override public Object get() throws InterruptedException, ExecutionException { return task.get(); }

    @Override public Object get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return task.get(timeout, unit);
    }

    @Override public boolean cancel(boolean mayInterrupt) {
        boolean cancelled = task.cancel(mayInterrupt);
        if (cancelled && mayInterrupt) {
            // Under the lock the task's end takes: the thread is still running this future's code, not the
            // pool's next task, when its signal is raised.
            synchronized (this) {
                Thread t = runner;
                if (t != null) Safepoint.interrupt(t);
            }
        }
        return cancelled;
    }
    @Override public boolean isCancelled() { return task.isCancelled(); }
    @Override public boolean isDone() { return task.isDone(); }
}
