package dev.mino.runtime.core;

import dev.mino.runtime.lang.IBlockingDeref;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.lang.ThreadBindings;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (future-call f): f runs on a pooled thread with the dynamic bindings of the thread that created the
 * future. deref waits for the result and rethrows a failure as the ExecutionException around it, as
 * Clojure does; future-cancel interrupts the thread, which mino code notices at its next safepoint.
 */
final class MinoFuture implements IDeref, IBlockingDeref, IPending, Future<Object> {
    /** The name Clojure's future class prints under (an anonymous reify inside clojure.core/future-call). */
    static final String CLASS_NAME = "clojure.core$future_call$reify__8477";

    /** Daemon threads, so pending futures never keep the JVM alive; idle ones are reclaimed after 60 s. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(new FutureThreads());

    private final Future<Object> task;

    private MinoFuture(Future<Object> task) {
        this.task = task;
    }

    /** Starts f (anything callable; a non-callable fails on deref, as in Clojure) on a pool thread. */
    static MinoFuture start(Object f) {
        Object bindings = ThreadBindings.capture();
        return new MinoFuture(POOL.submit(() -> {
            Object previous = ThreadBindings.install(bindings);
            try {
                return Callables.asFn(f).invoke();
            } finally {
                ThreadBindings.install(previous);
            }
        }));
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

    /** What str shows: Object.toString of Clojure's future class. */
    @Override public String toString() { return CLASS_NAME + "@" + Integer.toHexString(System.identityHashCode(this)); }

    @Override public boolean isRealized() { return task.isDone(); }

    @Override public Object get() throws InterruptedException, ExecutionException { return task.get(); }

    @Override public Object get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return task.get(timeout, unit);
    }

    @Override public boolean cancel(boolean mayInterrupt) { return task.cancel(mayInterrupt); }
    @Override public boolean isCancelled() { return task.isCancelled(); }
    @Override public boolean isDone() { return task.isDone(); }

    /** Names the pool's threads and gives them the deep stack the tree-walker needs. */
    private static final class FutureThreads implements ThreadFactory {
        private static final long STACK_BYTES = 16L << 20;
        private final AtomicLong count = new AtomicLong();

        @Override public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, "mino-future-" + count.getAndIncrement(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        }
    }
}
