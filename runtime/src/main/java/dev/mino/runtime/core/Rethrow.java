package dev.mino.runtime.core;

/**
 * Rethrows any throwable, checked ones included, without wrapping: Clojure lets InterruptedException and
 * ExecutionException escape deref as they are, and mino code catches them by class.
 */
public final class Rethrow {
    private Rethrow() {}

    /** Never returns; declared to return so callers can write {@code throw Rethrow.unchecked(e)}. */
    public static RuntimeException unchecked(Throwable t) {
        throw Rethrow.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
