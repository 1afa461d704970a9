package dev.mino.runtime.embed;

import dev.mino.runtime.lang.MinoException;

/**
 * An evaluation stopped by its {@link EvalHandle}: cancelled, or past its deadline. The message says which
 * ("evaluation stopped: cancelled"); the cause is the error the interruption surfaced as.
 */
public final class EvalCancelledException extends MinoException {
    EvalCancelledException(String reason, Throwable interruption) {
        super("evaluation stopped: " + reason, null, interruption);
    }
}
