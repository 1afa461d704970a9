package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The timer against a clock of the test's own, which each call of the row moves on: no assertion depends on timing. */
class RowTimerTest {
    /** A clock that only the rows move. */
    private final AtomicLong now = new AtomicLong();

    /** A row whose every call takes nanos on the test's clock and counts itself in calls. */
    private BenchRow taking(long nanos, AtomicLong calls) {
        return new BenchRow("takes " + nanos + " ns", () -> {
            now.addAndGet(nanos);
            return calls.incrementAndGet();
        });
    }

    @Test void samplesAreBatchedToLastAtLeastTheSampleTime() {
        AtomicLong calls = new AtomicLong();
        BenchSettings settings = new BenchSettings(5, 0, Long.MAX_VALUE, 3, 2_000_000);
        RowTimer timer = new RowTimer(taking(20_000, calls), settings, now::get);
        timer.warmUp();
        // warm-up: 5 calls; calibration: batches of 1, 10 (tenfold at most), then 100 (20 us x 100 = 2 ms)
        assertEquals(5 + 1 + 10 + 100, calls.get());
        assertEquals(100, timer.batch(), "the smallest batch that lasts 2 ms of 20 us calls");
        for (int i = 0; i < 3; i++) timer.takeSample();
        assertEquals(0.02, timer.medianMillis(), 1e-12, "per call, not per batch");
        assertThrows(IllegalStateException.class, timer::takeSample);
    }

    @Test void quickSettingsCallOnceToWarmUpAndOncePerSample() {
        AtomicLong calls = new AtomicLong();
        RowTimer timer = new RowTimer(new BenchRow("count", calls::incrementAndGet), BenchSettings.quick());
        timer.warmUp();
        assertEquals(1, timer.batch());
        for (int i = 0; i < BenchSettings.quick().samples(); i++) timer.takeSample();
        // one warm-up call, one calibration call, then one per sample
        assertEquals(2 + BenchSettings.quick().samples(), calls.get());
        assertEquals(calls.get(), timer.value());
    }

    @Test void theWarmUpStopsAtItsCapWhateverTheCount() {
        AtomicLong calls = new AtomicLong();
        RowTimer timer = new RowTimer(taking(2_000_000, calls), new BenchSettings(1_000_000, 0, 10_000_000, 1, 0), now::get);
        timer.warmUp();
        // 10 ms of 2 ms calls, then one calibration call (a sample time of 0 is met at once)
        assertEquals(5 + 1, calls.get(), "capped at 10 ms");
    }

    @Test void theMedianOfAnEvenNumberOfSamplesIsTheMeanOfTheMiddleTwo() {
        long[] costs = {1_000_000, 3_000_000, 2_000_000, 9_000_000};
        AtomicLong calls = new AtomicLong();
        BenchRow row = new BenchRow("varies", () -> {
            long n = calls.getAndIncrement();
            now.addAndGet(n < 2 ? 1_000_000 : costs[(int) ((n - 2) % costs.length)]);
            return n;
        });
        RowTimer timer = new RowTimer(row, new BenchSettings(1, 0, Long.MAX_VALUE, 4, 1), now::get);
        timer.warmUp();
        for (int i = 0; i < 4; i++) timer.takeSample();
        assertEquals(2.5, timer.medianMillis(), 1e-12, "samples of 1, 3, 2 and 9 ms");
    }
}
