package dev.mino.runtime.core;

import dev.mino.runtime.lang.MinoException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One state's threads for futures (and so pmap, pcalls, pvalues): its own pool, and a bound on how many of the
 * state's tasks may be alive at once (MinoOptions.threads). A task over the bound is refused rather than
 * queued: a queued future that another future waits on could deadlock the state.
 */
final class FuturePool {
    /** Daemon threads, so pending futures never keep the JVM alive, with the deep stack mino code needs. */
    private final ExecutorService pool = Executors.newCachedThreadPool(Thread.ofPlatform().name("mino-future-", 0).daemon()
            .stackSize(dev.mino.runtime.embed.Mino.THREAD_STACK_BYTES).factory());
    private final int max;
    /** Null when unbounded. */
    private final Semaphore live;

    FuturePool(int max) {
        this.max = max;
        this.live = max == dev.mino.runtime.embed.MinoOptions.UNBOUNDED_THREADS ? null : new Semaphore(max);
    }

    /** Runs body on one of the state's threads, or throws the mino error naming the bound. */
    FutureTask<Object> submit(Callable<Object> body) {
        if (live != null && !live.tryAcquire()) throw refused();
        Permit permit = new Permit();
        FutureTask<Object> task = new FutureTask<>(() -> {
            permit.started = true;
            try {
                return body.call();
            } finally {
                permit.release();
            }
        }) {
            // A task cancelled before it started never runs its body, so its permit is returned here.
            @Override protected void done() {
                if (!permit.started) permit.release();
            }
        };
        pool.execute(task);
        return task;
    }

    private MinoException refused() {
        String why = max == 0 ? "this state may not start threads" : "this state already runs " + max + " threads, its bound";
        return new MinoException("Denied: starting a future (" + why + "; the embedder grants threads with "
                + "MinoOptions.withThreads(n), the command line grants them unless --sandbox)");
    }

    /** One task's hold on the bound, returned exactly once. */
    private final class Permit {
        volatile boolean started;
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (live != null && released.compareAndSet(false, true)) live.release();
        }
    }
}
