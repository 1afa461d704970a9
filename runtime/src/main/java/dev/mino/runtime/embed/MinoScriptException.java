package dev.mino.runtime.embed;

import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;

/**
 * An error a script raised while running, as MinoState hands it to Java. getCause() is what the script threw:
 * a mino runtime error, an ex-info (its data also through {@link #data()}), a Java exception from interop or
 * from throw (checked ones included), or an Error such as StackOverflowError. getMessage() is the one-line
 * report, "file:line:col: message", where a message not from mino names its class ("ArithmeticException:
 * Divide by zero").
 */
public final class MinoScriptException extends MinoException {
    MinoScriptException(String report, SourcePosition position, Throwable thrown) {
        super(report, position, thrown);
    }

    /** The data of a thrown ex-info (what ex-data answers in mino), else null. */
    public IPersistentMap data() {
        return getCause() instanceof ExceptionInfo info ? info.data() : null;
    }
}
