package dev.mino.cli;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Reports an error as one line, "file:line:col: message"; the Java stack trace follows only when debugging
 * (MINO_DEBUG=1), because to a mino programmer it is noise.
 */
final class ErrorReporter {
    private final PrintWriter err;
    private final Function<Throwable, String> describe;
    private final boolean withStackTraces;

    ErrorReporter(PrintWriter err, Function<Throwable, String> describe, boolean withStackTraces) {
        this.err = err;
        this.describe = describe;
        this.withStackTraces = withStackTraces;
    }

    void report(Throwable t) {
        // An unfinished form is the reader's error; report that, with its position.
        if (t instanceof Evaluator.IncompleteInputException && t.getCause() != null) t = t.getCause();
        err.println(describeSafely(t));
        if (withStackTraces) t.printStackTrace(err);
        err.flush();
    }

    /** Errors the JVM cannot carry on after; a deep recursion's StackOverflowError is not one of them. */
    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
    }

    /** The runtime's description, or failing that Java's: an error while reporting must not hide the error. */
    private String describeSafely(Throwable t) {
        try {
            return describe.apply(t);
        } catch (RuntimeException e) {
            return String.valueOf(t);
        }
    }
}
