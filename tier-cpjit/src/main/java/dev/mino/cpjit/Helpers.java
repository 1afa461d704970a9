package dev.mino.cpjit;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The helpers native code calls ({@code int64 helper(regs, ctx, site)}), as upcall stubs made once per JVM
 * (they hold nothing of any state: the thread's {@link NativeThread} says whose code is running).
 *
 * <p>Every slow path of an op is a side exit: its helper answers DEOPT, the stencil records its pc and
 * returns, and the invoker resumes the interpreter at that op over the same window, which runs it with the
 * bytecode tier's own code, result and error text. The call helper makes the calls native code does not
 * make itself ({@link CallSites}). Nothing is ever thrown out of an upcall (that would abort the JVM):
 * the call helper parks what it caught in the thread and answers ERROR; the invoker throws it.
 */
final class Helpers {
    private Helpers() {}

    /** The native address of the slow-path helper. */
    static long slowPathAddress() {
        return Stub.SLOW_PATH.address();
    }

    /** The native address of the call helper (CALL_CACHED, CALL, PROTOCOL_CALL_CACHED). */
    static long callAddress() {
        return Stub.CALL.address();
    }

    @SuppressWarnings("unused") // called from native code
    private static long slowPath(long regs, long ctx, long site) {
        return NativeContextLayout.STATUS_DEOPT;
    }

    @SuppressWarnings("unused") // called from native code
    private static long call(long regs, long ctx, long site) {
        NativeThread t = NativeThread.current();
        try {
            return t.jit.calls.callSite(t, regs, site);
        } catch (Throwable e) {
            t.pending = e;
            return NativeContextLayout.STATUS_ERROR;
        }
    }

    private static final class Stub {
        static final MemorySegment SLOW_PATH = stub("slowPath");
        static final MemorySegment CALL = stub("call");

        private static MemorySegment stub(String name) {
            try {
                var handle = MethodHandles.lookup().findStatic(Helpers.class, name,
                        MethodType.methodType(long.class, long.class, long.class, long.class));
                return Linker.nativeLinker().upcallStub(handle, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG), Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
