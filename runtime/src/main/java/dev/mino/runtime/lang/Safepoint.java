package dev.mino.runtime.lang;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;

/**
 * Where running mino code notices that its thread was interrupted (future-cancel interrupts the future's
 * thread): tiers call poll() at loop back-edges and calls. Reading the interrupt flag is a field load.
 *
 * <p>Code that cannot read a Java thread's interrupt flag (native code polls a flag in native memory)
 * registers a {@link Signal} for its thread; {@link #interrupt} interrupts a thread and raises its signal.
 * Embedders that stop mino code running on a thread of theirs call it instead of Thread.interrupt.
 */
public final class Safepoint {
    private Safepoint() {}

    /** A thread's flag outside the JVM's reach: raised by {@link #interrupt}, cleared when the thread takes new work. */
    public interface Signal {
        void raise();

        void clear();
    }

    /**
     * Per thread, weakly (a dead thread's entry goes): signals are thread-local scratch of the tiers, hold
     * nothing of any state, and are reached only through the thread they belong to.
     */
    private static final Map<Thread, Signal> SIGNALS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Threads an embedder is stopping (an eval's deadline or cancel handle), with why: see {@link Stopped}. */
    private static final Map<Thread, String> STOPPING = Collections.synchronizedMap(new WeakHashMap<>());

    public static void poll() {
        if (Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw cancelled();
        }
    }

    /**
     * What a blocking wait of the library (a lock, a latch, a queue) throws when its thread is interrupted:
     * the interrupt is consumed and turned into the same cancellation poll() gives.
     */
    public static CancellationException interruptedWait() {
        Thread.interrupted();
        return cancelled();
    }

    /** poll() once every 4096 steps of a loop that may run long (i counts the steps). */
    public static void pollEvery4096(long i) {
        if ((i & 4095) == 0 && Thread.currentThread().isInterrupted()) poll();
    }

    /**
     * What a cancelled computation is stopped with: a {@link Stopped} when its embedder is stopping it, else
     * (future-cancel) the CancellationException Clojure code may catch.
     */
    public static CancellationException cancelled() {
        String why = STOPPING.get(Thread.currentThread());
        return why != null ? new Stopped(why) : new CancellationException("mino code was interrupted (future-cancel)");
    }

    /**
     * The embedder stops the evaluation on t for good (why says so): it is interrupted like a cancelled future,
     * and what stops it is a {@link Stopped}, which no catch clause of the script matches.
     */
    public static void stop(Thread t, String why) {
        STOPPING.put(t, why);
        interrupt(t);
    }

    /** The evaluation on the current thread is over: later interrupts are ordinary again. */
    public static void endStop() {
        STOPPING.remove(Thread.currentThread());
    }

    /**
     * An evaluation stopped by its embedder. Catch clauses of the script do not match it (a script catching
     * Throwable in a loop must not outlast its deadline); its finally blocks still run.
     */
    public static final class Stopped extends CancellationException implements ControlTransfer {
        public Stopped(String why) {
            super("evaluation stopped: " + why);
        }
    }

    /** Registers the current thread's signal (one per thread: a later one replaces it). */
    public static void register(Signal s) {
        SIGNALS.put(Thread.currentThread(), s);
    }

    /** Interrupts t and raises its signal, so that code running there stops at its next poll. */
    public static void interrupt(Thread t) {
        t.interrupt();
        Signal s = SIGNALS.get(t);
        if (s != null) s.raise();
    }

    /** The current thread starts new work (a pooled thread's next task): a signal left raised is cleared. */
    public static void clearCurrent() {
        Signal s = SIGNALS.get(Thread.currentThread());
        if (s != null) s.clear();
    }
}
