package dev.mino.runtime.embed;

/** Entry point for embedders: creates independent interpreter states. */
public final class Mino {
    /**
     * The stack a thread running mino code should have (what the launcher gives its main thread with -Xss16m):
     * the tree-walker and deeply nested data recurse deep. mino's own threads (futures, nREPL sessions) get it.
     */
    public static final long THREAD_STACK_BYTES = 16L << 20;

    private Mino() {}

    /** A fresh state with clojure.core loaded and the user namespace current. */
    public static MinoState newState() {
        return new MinoState(MinoOptions.defaults());
    }

    /** A fresh state made with options: its tier, JIT settings and the capabilities it grants. */
    public static MinoState newState(MinoOptions options) {
        return new MinoState(options);
    }

    /** mino's version, as the build wrote it into version.properties ("unknown" if that is missing). */
    public static String version() {
        try (java.io.InputStream in = Mino.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            java.util.Properties props = new java.util.Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
