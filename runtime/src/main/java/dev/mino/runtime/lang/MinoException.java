package dev.mino.runtime.lang;

/**
 * A mino runtime error (arity, unbound symbol, overflow, bad index, ...). Catchable from mino with
 * (catch Exception e ...). Its source position, when known, is attached with {@link SourcePosition#attach}.
 */
public class MinoException extends RuntimeException implements SourcePosition.Positioned {
    private SourcePosition position;

    public MinoException(String message) {
        super(message);
    }

    public MinoException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override public SourcePosition position() { return position; }
    @Override public void setPosition(SourcePosition pos) { this.position = pos; }
}
