package dev.mino.runtime.embed;

import dev.mino.runtime.lang.Safepoint;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops an evaluation from another thread: pass it to {@link MinoState#eval(String, EvalHandle)} and call
 * {@link #cancel()}; a deadline ({@link MinoState#eval(String, java.time.Duration)}) is one that cancels
 * itself. Once cancelled, the evaluating thread is interrupted through {@link Safepoint} (mino loops, native
 * loops and the library's polling Java loops stop) and again every 10 ms until the eval returns. One handle
 * serves one eval at a time; a handle cancelled before its eval starts stops it at once.
 */
public final class EvalHandle {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mino-eval-stops");
        t.setDaemon(true);
        return t;
    });

    private Thread thread;
    private boolean cancelled;
    private boolean running;
    private ScheduledFuture<?> repeats;
    /** A deadline's timer, dropped when the eval ends first. */
    private ScheduledFuture<?> timer;
    private String reason = "cancelled";

    /** A handle not yet cancelled, for one eval at a time. */
    public EvalHandle() {}

    /** Stops the evaluation (or the next one this handle is given). */
    public void cancel() {
        cancel("cancelled");
    }

    /** Stops the evaluation, saying why: its EvalCancelledException's message is "evaluation stopped: " + why. */
    public synchronized void cancel(String why) {
        if (cancelled) return;
        cancelled = true;
        reason = why;
        if (running) startInterrupting();
    }

    /** Whether cancel() was called or the deadline passed. */
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized String reason() {
        return reason;
    }

    /** The eval starts on this thread. */
    synchronized void begin() {
        thread = Thread.currentThread();
        running = true;
        if (cancelled) startInterrupting();
    }

    private void startInterrupting() {
        repeats = TIMER.scheduleAtFixedRate(this::interrupt, 0, 10, TimeUnit.MILLISECONDS);
    }

    private synchronized void interrupt() {
        if (running) Safepoint.stop(thread, reason);
    }

    /** The eval returned: no more interrupts, none left pending on the thread. */
    synchronized void end() {
        running = false;
        if (repeats != null) repeats.cancel(false);
        if (timer != null) timer.cancel(false);
        if (cancelled) {
            Safepoint.endStop();
            Thread.interrupted();
            Safepoint.clearCurrent();
        }
    }

    /** A handle that cancels itself after delay (a deadline). */
    static EvalHandle deadline(java.time.Duration delay) {
        EvalHandle h = new EvalHandle();
        ScheduledFuture<?> t = TIMER.schedule(() -> h.cancel("it ran past its deadline of " + delay.toMillis() + " ms"),
                Math.max(1, delay.toNanos()), TimeUnit.NANOSECONDS);
        synchronized (h) {
            h.timer = t;
        }
        return h;
    }
}
