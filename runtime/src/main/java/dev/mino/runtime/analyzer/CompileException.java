package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;

/** A form that cannot be compiled: bad special-form syntax, unresolvable symbol, misplaced recur, ... */
public final class CompileException extends MinoException {
    public CompileException(String message, SourcePosition pos) {
        super(message);
        setPosition(pos);
    }

    private CompileException(String report, CompileException thrown) {
        super(report, thrown.position(), thrown);
    }

    /** This error as MinoState hands it to Java: report is its message, this error its cause. */
    public CompileException reportedAs(String report) {
        return new CompileException(report, this);
    }
}
