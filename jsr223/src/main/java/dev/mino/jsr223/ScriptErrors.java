package dev.mino.jsr223;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;
import javax.script.ScriptException;

/** What the engine throws for a state's error: a ScriptException with the error's position and the error as cause. */
final class ScriptErrors {
    private ScriptErrors() {}

    /**
     * e as a ScriptException. Its file, line and column are e's position where known; its message is e's
     * without the position, which ScriptException.getMessage() appends in its own words.
     */
    static ScriptException of(MinoException e) {
        SourcePosition pos = e.position();
        ScriptException script = pos == null
                ? new ScriptException(e.getMessage())
                : new ScriptException(withoutPosition(e.getMessage(), pos), pos.file(), pos.line(), pos.column());
        script.initCause(e);
        return script;
    }

    private static String withoutPosition(String report, SourcePosition pos) {
        String prefix = pos + ": ";
        return report.startsWith(prefix) ? report.substring(prefix.length()) : report;
    }
}
