package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The mino frames an error passed through on its way out of bytecode fns: (fn name, file:line:col of the
 * form that was running), innermost first. Recorded only while an exception unwinds, so calls cost nothing.
 * Per thread, for the most recent error; an error that is caught and rethrown keeps adding frames.
 */
public final class MinoStackTrace {
    private MinoStackTrace() {}

    /** One mino frame. pos may be null when the fn's code carries no position. */
    public record Frame(String fn, SourcePosition pos) {
        @Override public String toString() {
            return pos == null ? fn : fn + " (" + pos + ")";
        }
    }

    private static final int MAX_FRAMES = 200;

    private static final class Trace {
        Throwable error;
        final List<Frame> frames = new ArrayList<>();
        int omitted;
    }

    private static final ThreadLocal<Trace> LAST = ThreadLocal.withInitial(Trace::new);

    /** Called by the interpreter when error leaves the frame of method m at pc. */
    static void unwinding(Throwable error, BytecodeFn.Method m, int pc) {
        try {
            record(error, m, pc);
        } catch (StackOverflowError e) {
            // Unwinding from a stack overflow: this frame goes unrecorded; the error itself is unchanged.
        }
    }

    private static void record(Throwable error, BytecodeFn.Method m, int pc) {
        Trace t = LAST.get();
        if (t.error != error) {
            t.error = error;
            t.frames.clear();
            t.omitted = 0;
        }
        if (t.frames.size() < MAX_FRAMES) t.frames.add(new Frame(m.owner().name(), m.nearestPosition(pc)));
        else t.omitted++;
    }

    /** The frames of the most recent error thrown through bytecode on this thread, innermost first. */
    public static List<Frame> current() {
        return Collections.unmodifiableList(new ArrayList<>(LAST.get().frames));
    }

    /**
     * The frames recorded for error (empty if it was not the most recent error thrown through bytecode here).
     * An error MinoState reported to Java has the frames of the error it reports.
     */
    public static List<Frame> of(Throwable error) {
        return recorded(error) ? current() : List.of();
    }

    /** The trace of error as text, one "  at fn (file:line:col)" line per frame; empty when none was recorded. */
    public static String format(Throwable error) {
        if (!recorded(error)) return "";
        Trace t = LAST.get();
        StringBuilder sb = new StringBuilder();
        for (Frame f : t.frames) sb.append("  at ").append(f).append('\n');
        if (t.omitted > 0) sb.append("  ... ").append(t.omitted).append(" more\n");
        return sb.toString();
    }

    private static boolean recorded(Throwable error) {
        return LAST.get().error == MinoException.thrown(error);
    }
}
