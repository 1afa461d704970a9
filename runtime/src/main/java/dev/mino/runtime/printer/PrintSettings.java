package dev.mino.runtime.printer;

/**
 * How a value is printed: readably (pr) or not (print), and the values of *print-length*,
 * *print-level* (-1 for nil, no limit) and *print-namespace-maps*.
 */
public record PrintSettings(boolean readably, int length, int level, boolean namespaceMaps) {
    /** pr with Clojure's defaults outside a REPL. */
    public static final PrintSettings READABLY = new PrintSettings(true, -1, -1, false);
    /** print with Clojure's defaults outside a REPL. */
    public static final PrintSettings PLAINLY = new PrintSettings(false, -1, -1, false);

    public PrintSettings withLength(int n) {
        return new PrintSettings(readably, n, level, namespaceMaps);
    }

    public PrintSettings withLevel(int n) {
        return new PrintSettings(readably, length, n, namespaceMaps);
    }

    public PrintSettings withNamespaceMaps(boolean on) {
        return new PrintSettings(readably, length, level, on);
    }
}
