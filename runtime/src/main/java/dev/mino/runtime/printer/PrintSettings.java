package dev.mino.runtime.printer;

/**
 * How a value is printed: readably (pr) or not (print), and the values of *print-length*,
 * *print-level* (-1 for nil, no limit), *print-namespace-maps*, *print-meta* and *print-dup*.
 */
public record PrintSettings(boolean readably, int length, int level, boolean namespaceMaps, boolean meta, boolean dup) {
    /** pr with Clojure's defaults outside a REPL. */
    public static final PrintSettings READABLY = new PrintSettings(true, -1, -1, false, false, false);
    /** print with Clojure's defaults outside a REPL. */
    public static final PrintSettings PLAINLY = new PrintSettings(false, -1, -1, false, false, false);

    public PrintSettings withLength(int n) {
        return new PrintSettings(readably, n, level, namespaceMaps, meta, dup);
    }

    public PrintSettings withLevel(int n) {
        return new PrintSettings(readably, length, n, namespaceMaps, meta, dup);
    }

    public PrintSettings withNamespaceMaps(boolean on) {
        return new PrintSettings(readably, length, level, on, meta, dup);
    }

    /** Under *print-dup*, which also prints readably. */
    public PrintSettings withDup(boolean on) {
        return new PrintSettings(readably || on, length, level, namespaceMaps, meta, on);
    }

    /**
     * Whether a value's metadata is printed before it: as in Clojure, under *print-dup*, or under
     * *print-meta* when printing readably.
     */
    public boolean printsMetadata() {
        return dup || (meta && readably);
    }
}
