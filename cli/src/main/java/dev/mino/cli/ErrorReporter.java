package dev.mino.cli;

import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Reports an error as one line, "file:line:col: message". Only when debugging (MINO_DEBUG=1), because to a
 * mino programmer they are noise, the mino stack trace (the mino fns the error left, where recorded)
 * and then the Java stack trace follow.
 */
final class ErrorReporter {
    private final PrintWriter err;
    private final Function<Throwable, String> describe;
    private final boolean withStackTraces;
    private final Function<Throwable, String> minoFrames;

    ErrorReporter(PrintWriter err, Function<Throwable, String> describe, boolean withStackTraces) {
        this(err, describe, withStackTraces, t -> "");
    }

    /** @param minoFrames  an error's mino frames as lines of text, "" when there are none */
    ErrorReporter(PrintWriter err, Function<Throwable, String> describe, boolean withStackTraces,
            Function<Throwable, String> minoFrames) {
        this.err = err;
        this.describe = describe;
        this.withStackTraces = withStackTraces;
        this.minoFrames = minoFrames;
    }

    void report(Throwable t) {
        // An unfinished form is the reader's error; report that, with its position.
        if (t instanceof Evaluator.IncompleteInputException && t.getCause() != null) t = t.getCause();
        err.println(describeSafely(t));
        if (withStackTraces) {
            String frames = minoFrames.apply(t);
            if (!frames.isEmpty()) {
                err.println("mino stack trace (innermost first):");
                err.print(frames.endsWith("\n") ? frames : frames + "\n");
            }
            t.printStackTrace(err);
        }
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
