package dev.mino.cpjit;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The helper native code calls on a slow path ({@code int64 helper(regs, ctx, site)}). Every slow path is a
 * side exit: the helper answers DEOPT, the stencil records its pc and returns, and the invoker resumes the
 * interpreter at that op over the same window, which runs it with the bytecode tier's own code, result and
 * error text, and finishes the activation. So nothing can throw inside an upcall. One stub per JVM: it
 * holds nothing of any state.
 */
final class Helpers {
    private Helpers() {}

    /** The native address of the slow-path helper. */
    static long slowPathAddress() {
        return Stub.SLOW_PATH.address();
    }

    @SuppressWarnings("unused") // called from native code
    private static long slowPath(long regs, long ctx, long site) {
        return NativeContextLayout.STATUS_DEOPT;
    }

    private static final class Stub {
        static final MemorySegment SLOW_PATH;

        static {
            try {
                var handle = MethodHandles.lookup().findStatic(Helpers.class, "slowPath",
                        MethodType.methodType(long.class, long.class, long.class, long.class));
                SLOW_PATH = Linker.nativeLinker().upcallStub(handle, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
