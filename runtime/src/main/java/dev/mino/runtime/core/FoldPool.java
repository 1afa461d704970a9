package dev.mino.runtime.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One state's fork/join pool for clojure.core.reducers/fold, made on its first parallel fold. Its workers
 * are at most min(threads granted, processors): the pool never adds threads beyond that, even while tasks
 * wait in join (the saturation predicate lets them wait instead). A state granted no threads has no pool,
 * and fold runs on the calling thread. Workers are daemons and end after a while idle.
 */
final class FoldPool {
    private static final long IDLE_SECONDS = 30;

    private final int parallelism;
    private final AtomicInteger workersMade = new AtomicInteger();
    /** Made on first use; guarded by this. */
    private ForkJoinPool pool;

    FoldPool(int threadsGranted) {
        this.parallelism = Math.min(threadsGranted, Runtime.getRuntime().availableProcessors());
    }

    /** The state's pool, or null when it may not start threads. */
    synchronized ForkJoinPool pool() {
        if (parallelism <= 0) return null;
        if (pool == null) {
            pool = new ForkJoinPool(parallelism, this::worker, null, false, 0, parallelism, 1, p -> true,
                    IDLE_SECONDS, TimeUnit.SECONDS);
        }
        return pool;
    }

    /** Whether the current thread is one of this pool's workers. */
    boolean isWorker() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == currentPool();
    }

    private synchronized ForkJoinPool currentPool() {
        return pool;
    }

    private ForkJoinWorkerThread worker(ForkJoinPool p) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setName("mino-fold-" + workersMade.getAndIncrement());
        return t;
    }
}
