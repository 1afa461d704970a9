package dev.mino.cpjit;

import dev.mino.deopt.SideExit;
import dev.mino.runtime.core.Rethrow;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.tier.bytecode.RegisterStack;

/**
 * What a chain's exit status means to its invoker: a deopt or a tail call resumes the interpreter at the
 * recorded pc (module deopt's {@link SideExit}); an error, a native stack overflow or a cancellation is
 * thrown. Every recorded pc carries its chain's id ({@link ChainRegistry}).
 */
final class Exits {
    private Exits() {}

    /** The status code left in ctx; answers the pc the interpreter resumes at, or throws what it stands for. */
    static int sideExit(NativeCode code, RegisterStack st, NativeThread t, int base, long status) {
        long tagged = t.deoptPc();
        int pc = ChainRegistry.pc(tagged);
        if (status == NativeContextLayout.STATUS_DEOPT || status == NativeContextLayout.STATUS_TAILCALL) {
            if (tagged >>> 16 != code.id) throw new IllegalStateException(code + " exited with another chain's pc " + Long.toHexString(tagged));
            code.jit.deoptimized(code.method, pc);
            return SideExit.resumeAt(st, t.words, code.method, base, pc, code.jit.constants);
        }
        throw raised(code, t, pc, status);
    }

    /** What an exit other than a deopt stands for, to be thrown by the invoker. */
    static RuntimeException raised(NativeCode code, NativeThread t, int pc, long status) {
        if (status == NativeContextLayout.STATUS_ERROR) {
            Throwable e = t.pending;
            t.pending = null;
            if (e == null) e = new IllegalStateException("native code reported an error but left none");
            throw Rethrow.unchecked(e);
        }
        if (status == NativeContextLayout.STATUS_STACK) throw Rethrow.unchecked(code.failure(new StackOverflowError(), pc));
        if (status == NativeContextLayout.STATUS_CANCELLED) {
            NativeContextLayout.clearCancel(t.ctx);
            code.jit.cancelled();
            Thread.interrupted();
            throw Safepoint.cancelled();
        }
        throw new IllegalStateException(code + " exited with unknown status " + status);
    }

    /**
     * The callee of a native call exited at its recorded pc (a deopt or a tail call): the interpreter
     * finishes it over its window at base. Linked callees never read their closure (NativeCode.link's rule).
     */
    static void finishCallee(Jit jit, RegisterStack st, NativeThread t, int base) {
        long tagged = t.deoptPc();
        NativeCode callee = jit.registry.code(tagged);
        int pc = ChainRegistry.pc(tagged);
        jit.deoptimized(callee.method, pc);
        SideExit.finish(st, t.words, null, callee.method, base, pc, jit.constants);
    }
}
