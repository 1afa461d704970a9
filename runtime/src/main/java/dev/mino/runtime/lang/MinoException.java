package dev.mino.runtime.lang;

/**
 * A mino error: mino's own runtime errors (arity, unbound symbol, overflow, bad index, ...), and the base of
 * every error MinoState throws to Java. Catchable from mino with (catch Exception e ...). Its source position,
 * when known, is attached with {@link SourcePosition#attach}.
 *
 * <p>Inside mino a message is Clojure's bare text ("Divide by zero"), since mino code reads it with
 * ex-message. An error as handed to Java is a separate, {@linkplain #reported() reported} exception whose
 * message is the one-line report "file:line:col: message" and whose cause is what the script threw.
 */
public class MinoException extends RuntimeException implements SourcePosition.Positioned {
    private SourcePosition position;
    private final boolean reported;

    public MinoException(String message) {
        this(message, null);
    }

    public MinoException(String message, Throwable cause) {
        super(message, cause);
        this.reported = false;
    }

    /**
     * The error for a StackOverflowError that op (=, hash, pr, ...) hit while recursing into a value, so a
     * deeply nested value fails as a mino error rather than as a bare JVM one.
     */
    public static MinoException nestedTooDeeply(String op) {
        return new MinoException("stack overflow in " + op + ": the value is nested too deeply");
    }

    /** A reported error: report is the whole one-line report (position included), cause what the script threw. */
    protected MinoException(String report, SourcePosition position, Throwable cause) {
        super(report, cause);
        this.position = position;
        this.reported = true;
    }

    /**
     * True for an error as MinoState hands it to Java: getMessage() is already "file:line:col: message"
     * (the position left out when unknown) and getCause() is what the script threw.
     */
    public boolean reported() { return reported; }

    /** What the script threw: t itself, or the cause of a reported error. */
    public static Throwable thrown(Throwable t) {
        return t instanceof MinoException m && m.reported && t.getCause() != null ? t.getCause() : t;
    }

    @Override public SourcePosition position() { return position; }
    @Override public void setPosition(SourcePosition pos) { this.position = pos; }
}
