package dev.mino.runtime.embed;

import java.util.Locale;

/**
 * When a state's fns are taken up to native code (ARCHITECTURE.md 6): AUTO once a method is hot, ON at a
 * method's first call (benchmarks, parity runs), OFF never.
 */
public enum JitMode {
    /** Compile a fn once it is hot (the default). */
    AUTO,
    /** Compile every fn at its first call. */
    ON,
    /** Never compile. */
    OFF;

    /** The mode a --jit= value or MINO_JIT names (any case); null or blank gives the default. */
    public static JitMode parse(String text) {
        if (text == null || text.isBlank()) return AUTO;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "on" -> ON;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException("unknown JIT mode: " + text + " (expected auto, on or off)");
        };
    }

    /** The mode as --jit= and MINO_JIT spell it: "auto", "on" or "off". */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
