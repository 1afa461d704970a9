package dev.mino.runtime.embed;

import dev.mino.runtime.lang.Safepoint;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An eval's deadline: once it passes, the evaluating thread is interrupted through {@link Safepoint} (so mino
 * loops, native loops and the library's polling Java loops stop), and again every 10 ms until the eval
 * returns, so a script that catches the first cancellation cannot outlast it by much. One daemon timer thread
 * for the JVM; it holds no state.
 */
final class Deadline implements AutoCloseable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mino-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final Thread thread;
    private final ScheduledFuture<?> task;
    private boolean expired;
    private boolean done;

    private Deadline(Thread thread, Duration limit) {
        this.thread = thread;
        long nanos = Math.max(1, limit.toNanos());
        this.task = TIMER.scheduleAtFixedRate(this::fire, nanos, TimeUnit.MILLISECONDS.toNanos(10), TimeUnit.NANOSECONDS);
    }

    static Deadline start(Duration limit) {
        return new Deadline(Thread.currentThread(), limit);
    }

    private synchronized void fire() {
        if (done) return;
        expired = true;
        Safepoint.interrupt(thread);
    }

    synchronized boolean expired() {
        return expired;
    }

    /** The eval returned: no more interrupts, and none left pending on the embedder's thread. */
    @Override
    public synchronized void close() {
        done = true;
        task.cancel(false);
        if (expired) {
            Thread.interrupted();
            Safepoint.clearCurrent();
        }
    }
}
