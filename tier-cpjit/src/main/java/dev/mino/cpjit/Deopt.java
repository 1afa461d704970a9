package dev.mino.cpjit;

import dev.mino.runtime.lang.Safepoint;
import dev.mino.tier.bytecode.Interpreter;
import dev.mino.tier.bytecode.RegisterStack;
import dev.mino.tier.bytecode.Words;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Side exits (ARCHITECTURE.md 5): native code stopped at a pc and returned a status; the window goes back
 * to the interpreter's registers unchanged (constant words as their refs) and the interpreter continues at
 * that pc, so nothing runs twice. A deopt or a tail call resumes; an error, a stack overflow or a
 * cancellation is raised.
 */
final class Deopt {
    private Deopt() {}

    /** The status code left in ctx; answers the pc the interpreter resumes at, or throws what it stands for. */
    static int sideExit(NativeCode code, RegisterStack st, NativeThread t, int base, long status) {
        long tagged = t.deoptPc();
        int pc = ChainRegistry.pc(tagged);
        if (status == NativeContextLayout.STATUS_DEOPT || status == NativeContextLayout.STATUS_TAILCALL) {
            if (tagged >>> 16 != code.id) throw new IllegalStateException(code + " exited with another chain's pc " + Long.toHexString(tagged));
            syncWindow(code.jit, st, t, base, code.method.nregs);
            code.jit.deoptimized(code.method, pc);
            return pc;
        }
        throw raised(code, t, pc, status);
    }

    /** What an exit other than a deopt stands for, to be thrown by the invoker. */
    static RuntimeException raised(NativeCode code, NativeThread t, int pc, long status) {
        if (status == NativeContextLayout.STATUS_ERROR) {
            Throwable e = t.pending;
            t.pending = null;
            if (e == null) e = new IllegalStateException("native code reported an error but left none");
            throw sneaky(e);
        }
        if (status == NativeContextLayout.STATUS_STACK) throw sneaky(code.failure(new StackOverflowError(), pc));
        if (status == NativeContextLayout.STATUS_CANCELLED) {
            NativeContextLayout.clearCancel(t.ctx);
            Thread.interrupted();
            throw Safepoint.cancelled();
        }
        throw new IllegalStateException(code + " exited with unknown status " + status);
    }

    /** The window's words from native memory into the interpreter's, constant words as their refs. */
    static void syncWindow(Jit jit, RegisterStack st, NativeThread t, int base, int nregs) {
        st.ensure(base + nregs);
        long[] w = st.words;
        MemorySegment.copy(t.words, ValueLayout.JAVA_LONG, (long) base << 3, w, base, nregs);
        for (int i = base, end = base + nregs; i < end; i++) {
            long x = w[i];
            if (ConstantPool.isConstant(x)) {
                w[i] = Words.REF;
                st.refs[i] = jit.constants.value(x);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** Resumes the callee of a native call, which exited at its recorded pc, in the interpreter over its window at base. */
    static void finishCallee(Jit jit, RegisterStack st, NativeThread t, int base) {
        long tagged = t.deoptPc();
        NativeCode callee = jit.registry.code(tagged);
        int pc = ChainRegistry.pc(tagged);
        syncWindow(jit, st, t, base, callee.method.nregs);
        jit.deoptimized(callee.method, pc);
        // Linked callees never read their closure (NativeCode.link's rule), so none is needed to finish them.
        Interpreter.resume(null, callee.method, pc, base);
    }
}
