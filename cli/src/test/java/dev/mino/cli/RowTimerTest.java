package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RowTimerTest {

    @Test void samplesAreBatchedToLastAtLeastTheSampleTime() {
        AtomicLong calls = new AtomicLong();
        BenchRow row = new BenchRow("spin", () -> spin(20_000) + calls.incrementAndGet());
        BenchSettings settings = new BenchSettings(5, 0, Long.MAX_VALUE, 3, 2_000_000);
        RowTimer timer = new RowTimer(row, settings);
        timer.warmUp();
        assertTrue(calls.get() >= 5, "warm-up makes at least warmupCalls calls");
        assertTrue(timer.batch() > 1, "a 20 us call needs a batch to last 2 ms, got " + timer.batch());
        for (int i = 0; i < 3; i++) timer.takeSample();
        assertTrue(timer.medianMillis() > 0.01 && timer.medianMillis() < 2, "per call, not per batch: " + timer.medianMillis());
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
        BenchRow slow = new BenchRow("slow", () -> spin(2_000_000) + calls.incrementAndGet());
        RowTimer timer = new RowTimer(slow, new BenchSettings(1_000_000, 0, 10_000_000, 1, 0));
        timer.warmUp();
        assertTrue(calls.get() < 100, "capped at 10 ms of 2 ms calls, made " + calls.get());
    }

    /** Busy-waits about nanos; returns 0. */
    private static long spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
        return 0;
    }
}
