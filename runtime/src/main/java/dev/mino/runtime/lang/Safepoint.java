package dev.mino.runtime.lang;

import java.util.concurrent.CancellationException;

/**
 * Where running mino code notices that its thread was interrupted (future-cancel interrupts the future's
 * thread): tiers call poll() at loop back-edges and calls. Reading the interrupt flag is a field load.
 */
public final class Safepoint {
    private Safepoint() {}

    public static void poll() {
        if (Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new CancellationException("mino code was interrupted (future-cancel)");
        }
    }
}
