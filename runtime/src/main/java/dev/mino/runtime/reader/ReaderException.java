package dev.mino.runtime.reader;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;

/**
 * A syntax error found while reading. The message is Clojure's bare text ("EOF while reading string");
 * {@link #position()} says where: the start of the offending token or delimiter, or — for a form the input
 * ended inside of — the position of its opening character.
 */
public final class ReaderException extends MinoException {
    private final boolean incomplete;

    public ReaderException(String message, SourcePosition position, boolean incomplete) {
        super(message);
        this.incomplete = incomplete;
        setPosition(position);
    }

    private ReaderException(String report, ReaderException thrown) {
        super(report, thrown.position(), thrown);
        this.incomplete = thrown.incomplete;
    }

    /** This error as MinoState hands it to Java: report is its message, this error its cause. */
    public ReaderException reportedAs(String report) {
        return new ReaderException(report, this);
    }

    /** True exactly when the input ended inside an unfinished form, so more input could complete it (REPL). */
    public boolean incomplete() {
        return incomplete;
    }
}
