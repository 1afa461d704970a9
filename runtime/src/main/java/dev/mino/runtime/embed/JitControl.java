package dev.mino.runtime.embed;

/**
 * A state's native JIT, as an embedder steers it (ARCHITECTURE.md 6). A state without a JIT tier (mino-lean,
 * or a host without native code) has an {@link #absent} one: it accepts every setting and runs everything on
 * the bytecode tier, and its capability says {@code available=false}.
 */
public interface JitControl {
    /** What the JIT can do and how it is set now. */
    JitCapability capability();

    /** From now on: AUTO compiles hot fns, ON each fn at its next call, OFF none (native code already made stops being entered). */
    void setMode(JitMode mode);

    /** Calls after which AUTO compiles a fn (at least 1). */
    void setHotThreshold(int calls);

    /** Decides per fn whether and when it is compiled (null: the default rules). */
    void setPolicy(TieringPolicy policy);

    /** Bytes of native code and data installed and live now. */
    default long nativeCodeBytes() {
        return 0;
    }

    /** Calls that entered native code from Java so far (approximate: counted without synchronization). */
    default long nativeEntries() {
        return 0;
    }

    /** The default hot threshold (ARCHITECTURE.md 6). */
    int DEFAULT_THRESHOLD = 10;

    /**
     * The JIT of a state that has none: it keeps the settings (so a capability query shows them) and runs
     * everything on the bytecode tier.
     */
    static JitControl absent(JitMode initialMode, int initialThreshold) {
        return new JitControl() {
            private volatile JitMode mode = initialMode;
            private volatile int threshold = initialThreshold;

            @Override public JitCapability capability() {
                return new JitCapability(false, mode, threshold, System.getProperty("os.arch"), System.getProperty("os.name"));
            }

            @Override public void setMode(JitMode m) { mode = java.util.Objects.requireNonNull(m); }

            @Override public void setHotThreshold(int calls) { threshold = checkThreshold(calls); }

            @Override public void setPolicy(TieringPolicy policy) {}
        };
    }

    /** calls, if it is a valid hot threshold; else an IllegalArgumentException naming the accepted values. */
    static int checkThreshold(int calls) {
        if (calls < 1) throw new IllegalArgumentException("JIT hot threshold must be a whole number >= 1, got " + calls);
        return calls;
    }

    /** The threshold a --jit-threshold value or MINO_JIT_HOT_THRESHOLD names (null or blank: the default). */
    static int parseThreshold(String text) {
        if (text == null || text.isBlank()) return DEFAULT_THRESHOLD;
        try {
            return checkThreshold(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("JIT hot threshold must be a whole number >= 1, got " + text);
        }
    }
}
