package dev.mino.runtime.embed;

/** Entry point for embedders: creates independent interpreter states. */
public final class Mino {
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
