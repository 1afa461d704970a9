package dev.mino.cli;

/**
 * How one row is timed on one tier. Warm-up runs the row until it has run for warmupNanos and made
 * warmupCalls calls, but stops at warmupCapNanos whatever the count: a slow row (fib 30 on the tree-walker)
 * would otherwise warm up for minutes. Then come {@code samples} timed samples, each calling the row enough
 * times to last about sampleNanos.
 */
record BenchSettings(int warmupCalls, long warmupNanos, long warmupCapNanos, int samples, long sampleNanos) {
    private static final long MS = 1_000_000L;

    BenchSettings {
        if (warmupCalls < 1 || samples < 1) throw new IllegalArgumentException("need at least one call and one sample");
    }

    /** Real numbers: 120 calls and 1 s of warm-up (3 s at most), then samples of at least 50 ms each. */
    static BenchSettings standard(int samples) {
        return new BenchSettings(120, 1_000 * MS, 3_000 * MS, samples, 50 * MS);
    }

    /** A smoke run: checks that every row runs on every tier; the numbers mean little. */
    static BenchSettings quick() {
        return new BenchSettings(1, 0, 0, 3, 0);
    }

    /** How the numbers were taken, for the table's first line. */
    String describe() {
        if (sampleNanos == 0) return "quick run (" + samples + " single-call samples): numbers not meaningful";
        return "median of " + samples + " samples, each >= " + sampleNanos / MS + " ms, after >= "
                + warmupCalls + " calls and >= " + warmupNanos / MS + " ms of warm-up (at most "
                + warmupCapNanos / MS + " ms)";
    }
}
