package dev.mino.runtime.embed;

import dev.mino.runtime.analyzer.CompileException;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.reader.ReaderException;
import java.util.function.Supplier;

/**
 * Where a state's code returns to the Java that called it. Whatever a MinoState entry point throws reaches
 * Java as a {@linkplain MinoException#reported() reported} MinoException: a ReaderException, a
 * CompileException or a MinoScriptException, its message the report "file:line:col: message" and its cause
 * what the script threw. Mino code never sees these: inside the state errors keep Clojure's classes and bare
 * messages.
 */
final class JavaBoundary {
    /**
     * Whether this thread is already inside one of the state's entry points. Only the outermost converts: a
     * Java fn the state's code calls may call back into the state (define, then eval or call), and the mino
     * code around that call must still catch its errors by class, as in Clojure.
     */
    private final ThreadLocal<Boolean> entered = ThreadLocal.withInitial(() -> false);

    /** Runs body as an entry point of the state. */
    <T> T enter(Supplier<T> body) {
        if (entered.get()) return body.get();
        entered.set(true);
        try {
            return body.get();
        } catch (Throwable t) {
            throw toJava(t);
        } finally {
            entered.remove();
        }
    }

    /**
     * t as Java receives it. A VirtualMachineError other than a stack overflow is the JVM's trouble rather than
     * the script's, so it goes on as it is.
     */
    static MinoException toJava(Throwable t) {
        if (t instanceof VirtualMachineError fatal && !(t instanceof StackOverflowError)) throw fatal;
        if (t instanceof MinoException m && m.reported()) return m;
        String report = report(t);
        return switch (t) {
            case ReaderException e -> e.reportedAs(report);
            case CompileException e -> e.reportedAs(report);
            default -> new MinoScriptException(report, SourcePosition.of(t), t);
        };
    }

    /** "file:line:col: message" (the position left out when unknown); a reported error's message already is. */
    static String report(Throwable t) {
        if (t instanceof MinoException m && m.reported()) return m.getMessage();
        SourcePosition pos = SourcePosition.of(t);
        String msg = messageOf(t);
        return pos == null ? msg : pos + ": " + msg;
    }

    /** Mino's own errors speak for themselves; any other names its class, as Java prints it. */
    private static String messageOf(Throwable t) {
        String m = t.getMessage();
        if (t instanceof MinoException) return m;
        String type = t.getClass().getSimpleName();
        return m == null ? type : type + ": " + m;
    }
}
