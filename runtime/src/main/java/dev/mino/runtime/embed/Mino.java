package dev.mino.runtime.embed;

/** Entry point for embedders: creates independent interpreter states. */
public final class Mino {
    private Mino() {}

    /** A fresh state with clojure.core loaded and the user namespace current. */
    public static MinoState newState() {
        return new MinoState(MinoOptions.defaults());
    }

    public static MinoState newState(MinoOptions options) {
        return new MinoState(options);
    }
}
