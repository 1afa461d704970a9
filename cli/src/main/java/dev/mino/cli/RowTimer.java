package dev.mino.cli;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times one row on one tier: warm-up first, then one timed sample per {@link #takeSample()} call, so that
 * the task can let the tiers take turns sample by sample and drift in the machine affects all alike.
 */
final class RowTimer {
    private final BenchRow row;
    private final BenchSettings settings;
    private final double[] nanosPerCall;
    /** Nanoseconds, as System.nanoTime (the tests give a clock of their own, so no test depends on timing). */
    private final LongSupplier clock;
    private int taken;
    private long batch = 1;
    private Object value;

    RowTimer(BenchRow row, BenchSettings settings) {
        this(row, settings, System::nanoTime);
    }

    RowTimer(BenchRow row, BenchSettings settings, LongSupplier clock) {
        this.row = row;
        this.settings = settings;
        this.nanosPerCall = new double[settings.samples()];
        this.clock = clock;
    }

    /** Calls the row until the warm-up is done (see BenchSettings), then sizes the samples' batch. */
    void warmUp() {
        long start = clock.getAsLong();
        long calls = 0;
        do {
            value = row.call().get();
            calls++;
        } while (!warm(calls, clock.getAsLong() - start));
        batch = calibratedBatch();
    }

    /**
     * The smallest batch found to last sampleNanos, grown from one call by the measured rate (at most tenfold
     * per step, so one fast outlier cannot make a batch that runs for minutes).
     */
    private long calibratedBatch() {
        long target = settings.sampleNanos();
        long n = 1;
        while (true) {
            long elapsed = timeCalls(n);
            if (elapsed >= target) return n;
            long byRate = elapsed <= 0 ? Long.MAX_VALUE : (long) Math.ceil(n * 1.1 * target / elapsed);
            n = Math.max(n + 1, Math.min(n * 10, byRate));
        }
    }

    private long timeCalls(long n) {
        long start = clock.getAsLong();
        Object last = null;
        for (long i = 0; i < n; i++) last = row.call().get();
        long elapsed = clock.getAsLong() - start;
        value = last;
        return elapsed;
    }

    private boolean warm(long calls, long elapsed) {
        return calls >= settings.warmupCalls() && elapsed >= settings.warmupNanos() || elapsed >= settings.warmupCapNanos();
    }

    /** Runs one batch of calls and records the time per call. */
    void takeSample() {
        if (taken == nanosPerCall.length) throw new IllegalStateException("all samples taken");
        nanosPerCall[taken++] = (double) timeCalls(batch) / batch;
    }

    /** The median time per call, in milliseconds, over the samples taken. */
    double medianMillis() {
        if (taken == 0) throw new IllegalStateException("no samples taken");
        double[] sorted = Arrays.copyOf(nanosPerCall, taken);
        Arrays.sort(sorted);
        int mid = taken / 2;
        double median = taken % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return median / 1e6;
    }

    /** Calls per sample, as sized by the warm-up. */
    long batch() {
        return batch;
    }

    /** The row's value, from its latest call: tiers must agree on it. */
    Object value() {
        return value;
    }
}
