package dev.mino.runtime.lang;

/**
 * Where a form came from. Errors carry one so they can be reported as file:line:col. Mino's own
 * errors store it in a field; foreign Java exceptions (ArithmeticException, ...) keep their identity,
 * so (catch ArithmeticException e) still matches, and carry the position as a suppressed marker.
 */
public record SourcePosition(String file, int line, int column) {

    @Override public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** Records pos on t unless t already has a position (the innermost form wins). Returns t. */
    public static <T extends Throwable> T attach(T t, SourcePosition pos) {
        if (pos == null || of(t) != null) return t;
        if (t instanceof Positioned p) {
            p.setPosition(pos);
        } else {
            t.addSuppressed(new Marker(pos));
        }
        return t;
    }

    /** The position recorded on t, or null. */
    public static SourcePosition of(Throwable t) {
        if (t instanceof Positioned p) return p.position();
        for (Throwable s : t.getSuppressed()) {
            if (s instanceof Marker m) return m.pos;
        }
        return null;
    }

    /** Exceptions that hold their position in a field. */
    public interface Positioned {
        SourcePosition position();
        void setPosition(SourcePosition pos);
    }

    /** The suppressed-exception marker; carries no stack trace. */
    private static final class Marker extends Throwable {
        final SourcePosition pos;

        Marker(SourcePosition pos) {
            super("at " + pos, null, false, false);
            this.pos = pos;
        }
    }
}
