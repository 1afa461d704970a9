package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.ThreadBindings;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * fold's one parallel step, (fork-join left right combinef): the thunk right runs as a forked task while
 * left runs here, and combinef joins their results. From outside the pool the step is handed to the pool
 * and the caller waits, interruptibly: a deadline or cancel stopping the caller stops the fold's tasks too.
 * Without a pool (no threads granted) both thunks run here, one after the other.
 *
 * <p>Tasks see the root values of dynamic vars, as Clojure's fold tasks do, in a frame naming the state.
 * A task's failure is carried to the joining thread and rethrown there as the very same throwable (a
 * ForkJoinTask would otherwise rethrow a copy).
 */
final class ForkJoinFold {
    /** The fold a worker thread is running a task of, while it runs one. */
    private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

    private final FoldPool pools;
    /** The pool var's delay, forced by the first fold as Clojure's is: the pool, or null without threads. */
    private final Supplier<ForkJoinPool> pool;

    ForkJoinFold(FoldPool pools, Supplier<ForkJoinPool> pool) {
        this.pools = pools;
        this.pool = pool;
    }

    Object forkJoin(Object left, Object right, Object combine) {
        Fn l = Callables.asFn(left);
        Fn r = Callables.asFn(right);
        Fn c = Callables.asFn(combine);
        Run run = CURRENT.get();
        if (run != null && pools.isWorker()) {
            ForkJoinTask<Object> forked = run.task(r::invoke).fork();
            Object a = l.invoke();
            return c.invoke(a, Failure.unwrap(forked.join()));
        }
        ForkJoinPool p = pool.get();
        if (p == null) return c.invoke(l.invoke(), r.invoke());
        return new Run(ThreadBindings.state()).invokeIn(p, () -> forkJoin(left, right, combine));
    }

    /** A throwable a task ended with, as its result. */
    private record Failure(Throwable error) {
        static Object unwrap(Object result) {
            if (result instanceof Failure f) throw Rethrow.unchecked(f.error);
            return result;
        }
    }

    /** One fold started from outside the pool: its tasks, and the threads running them (to stop them). */
    private static final class Run {
        private final Object state;
        private final Map<Thread, Integer> running = new ConcurrentHashMap<>();
        private volatile boolean stopped;

        Run(Object state) {
            this.state = state;
        }

        Object invokeIn(ForkJoinPool pool, Callable<Object> body) {
            ForkJoinTask<Object> root = task(body);
            pool.execute(root);
            try {
                return Failure.unwrap(root.get());
            } catch (InterruptedException e) {
                stop();
                throw Safepoint.cancelled();
            } catch (ExecutionException e) {
                throw Rethrow.unchecked(e.getCause());
            }
        }

        ForkJoinTask<Object> task(Callable<Object> body) {
            return ForkJoinTask.adapt(() -> execute(body));
        }

        /** Runs body on this worker within the run; on the worker's outermost task, interrupts left over are cleared. */
        private Object execute(Callable<Object> body) {
            if (stopped) return new Failure(new CancellationException("fold was stopped"));
            Run outer = CURRENT.get();
            Thread self = Thread.currentThread();
            if (outer == null) {
                Thread.interrupted();
                Safepoint.clearCurrent();
            }
            CURRENT.set(this);
            running.merge(self, 1, Integer::sum);
            Object saved = ThreadBindings.install(null);
            ThreadBindings.pushState(PersistentArrayMap.EMPTY, state);
            try {
                return body.call();
            } catch (Throwable t) {
                return new Failure(t);
            } finally {
                ThreadBindings.install(saved);
                running.computeIfPresent(self, (t, n) -> n == 1 ? null : n - 1);
                CURRENT.set(outer);
                if (outer == null) Thread.interrupted();
            }
        }

        /** The caller was stopped: no task of this fold starts any more, and the running ones are interrupted. */
        private void stop() {
            stopped = true;
            for (Thread t : running.keySet()) Safepoint.interrupt(t);
        }
    }
}
