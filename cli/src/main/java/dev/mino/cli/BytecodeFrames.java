package dev.mino.cli;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * The mino stack trace the bytecode tier records while an error unwinds through bytecode fns
 * ({@code dev.mino.tier.bytecode.MinoStackTrace.format}), reached by name like {@link BytecodeDisassembler}.
 * Debug output only: when the tier or the entry point is missing, there is simply no mino trace.
 */
final class BytecodeFrames {
    private static final String CLASS_NAME = "dev.mino.tier.bytecode.MinoStackTrace";

    private BytecodeFrames() {}

    /**
     * A function from an error to its mino frames as text, one "  at fn (file:line:col)" line each,
     * innermost first; "" when none were recorded (on the calling thread) or the tier is absent.
     */
    static Function<Throwable, String> formatter() {
        MethodHandle format;
        try {
            Class<?> c = Class.forName(CLASS_NAME, true, BytecodeFrames.class.getClassLoader());
            format = MethodHandles.publicLookup().findStatic(c, "format", MethodType.methodType(String.class, Throwable.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return t -> "";
        }
        return t -> {
            try {
                return (String) format.invokeExact(t);
            } catch (Throwable e) {
                ErrorReporter.rethrowIfFatal(e);
                return "";
            }
        };
    }
}
