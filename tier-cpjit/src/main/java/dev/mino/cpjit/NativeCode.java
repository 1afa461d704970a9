package dev.mino.cpjit;

import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.NativeEntry;
import dev.mino.tier.bytecode.RegisterStack;
import dev.mino.tier.bytecode.Words;
import dev.mino.runtime.lang.Safepoint;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A method's chain, installed as its entry: the invoker (ARCHITECTURE.md 5, design (b)). The arguments'
 * words go from the interpreter's long[] into the thread's native words at the same slots (their refs
 * stay where they are), the chain runs, and its result word comes back; on a side exit the whole window
 * is copied back and the interpreter resumes at the recorded pc (module deopt's contract, here in one
 * place). Constant words ({@code 100}) become refs on the way back.
 */
final class NativeCode implements NativeEntry {
    /** {@code word chain(word *regs, mino_ctx *ctx)}; pointers passed as 64-bit integers (the same registers on every 64-bit ABI). */
    private static final MethodHandle CALL = Linker.nativeLinker().downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

    private final Jit jit;
    private final BytecodeFn.Method method;
    private final int argWords;
    /** Set once installed (this object owns the chain's memory: it is released when this is unreachable). */
    private CodeCache.Installed code;
    private MemorySegment entry;

    NativeCode(Jit jit, BytecodeFn.Method method) {
        this.jit = jit;
        this.method = method;
        this.argWords = method.arity + (method.variadic ? 1 : 0);
    }

    void installed(CodeCache.Installed installed) {
        this.code = installed;
        this.entry = installed.entry();
    }

    long bytes() {
        return code.bytes();
    }

    long entryAddress() {
        return entry.address();
    }

    BytecodeFn.Method method() {
        return method;
    }

    @Override
    public int enter(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base) {
        int nregs = m.nregs;
        if (base + nregs + NativeThread.HEADROOM > NativeThread.CAPACITY) return 0;
        NativeThread t = NativeThread.current();
        long[] w = st.words;
        if (argWords > 0) MemorySegment.copy(w, base, t.words, ValueLayout.JAVA_LONG, (long) base << 3, argWords);
        t.setStatus(NativeContextLayout.STATUS_OK);
        long result;
        try {
            result = (long) CALL.invokeExact(entry, t.wordsAddress + ((long) base << 3), t.ctxAddress);
        } catch (Throwable e) {
            throw new IllegalStateException("native call failed", e);
        }
        long status = t.status();
        if (status == NativeContextLayout.STATUS_OK) {
            returned(st, t, base, result);
            return RETURNED;
        }
        return sideExit(st, t, m, base, status);
    }

    /** R(base) := the chain's result word (a ref word's object is in the slot the chain returned from). */
    private void returned(RegisterStack st, NativeThread t, int base, long word) {
        if (ConstantPool.isConstant(word)) {
            st.words[base] = Words.REF;
            st.refs[base] = jit.constants.value(word);
        } else {
            st.words[base] = word;
            if (word == Words.REF) st.refs[base] = st.refs[base + t.resultReg()];
        }
    }

    /** Native code stopped at a pc: the interpreter continues there over the window, copied back. */
    private int sideExit(RegisterStack st, NativeThread t, BytecodeFn.Method m, int base, long status) {
        int pc = (int) (t.deoptPc() & 0xFFFF);
        syncWindow(st, t, base, m.nregs);
        if (status == NativeContextLayout.STATUS_CANCELLED) {
            NativeContextLayout.clearCancel(t.ctx);
            Safepoint.poll();
        }
        jit.deoptimized(m, pc);
        return pc;
    }

    /** The window's words from native memory into the interpreter's, constant words as their refs. */
    private void syncWindow(RegisterStack st, NativeThread t, int base, int nregs) {
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
}
