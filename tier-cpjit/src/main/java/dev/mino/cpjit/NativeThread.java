package dev.mino.cpjit;

import dev.mino.runtime.lang.Safepoint;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A thread's native side: the register words native code works on, and its {@code mino_ctx}. Slot i of
 * the words is slot i of the thread's RegisterStack (whose refs stay on the Java side), so a window moves
 * between the tiers without renumbering. The words are reserved once at a fixed address (native frames
 * hold pointers into them) and committed by the host as they are touched; a window that would reach past
 * them runs in the interpreter.
 */
final class NativeThread {
    /** Register words reserved per thread (16 MiB of address space, committed as used). */
    static final int CAPACITY = 1 << 21;
    /** A window entered natively leaves this many words above it for the frames native code calls. */
    static final int HEADROOM = 256;

    /** Null for a thread whose native side could not be made (address space exhausted, say): it interprets. */
    private static final ThreadLocal<NativeThread> CURRENT = ThreadLocal.withInitial(NativeThread::make);

    /** The register words, CAPACITY of them (a global segment: no liveness check per access). */
    final MemorySegment words;
    final long wordsAddress;
    /** This thread's mino_ctx. */
    final MemorySegment ctx;
    final long ctxAddress;
    private final Arena ctxArena = Arena.ofAuto();
    /** The state whose native code this thread entered last (helpers find their chains through it). */
    Jit jit;
    /** The error a helper caught, for the invoker to throw once native code has returned. */
    Throwable pending;

    private NativeThread() {
        ExecutableMemory memory = ExecutableMemory.forHost();
        MemorySegment mapped = memory.mapData((long) CAPACITY * Long.BYTES);
        this.wordsAddress = mapped.address();
        this.words = MemorySegment.ofAddress(wordsAddress).reinterpret((long) CAPACITY * Long.BYTES);
        MemorySegment c = ctxArena.allocate(NativeContextLayout.LAYOUT);
        this.ctxAddress = c.address();
        this.ctx = MemorySegment.ofAddress(ctxAddress).reinterpret(NativeContextLayout.LAYOUT.byteSize());
        ctx.set(ValueLayout.JAVA_LONG, NativeContextLayout.REGS_LIMIT, wordsAddress + (long) CAPACITY * Long.BYTES);
        NativeStack.current().ifPresent(b -> NativeContextLayout.setStackLimit(ctx, b.limit()));
        CodeCache.CLEANER.register(this, () -> memory.unmap(mapped));
        // The signal holds this (so the context it writes outlives the thread's use of it).
        NativeThread self = this;
        Safepoint.register(new Safepoint.Signal() {
            @Override public void raise() { NativeContextLayout.requestCancel(self.ctx); }

            @Override public void clear() { NativeContextLayout.clearCancel(self.ctx); }
        });
    }

    /** This thread's native side, or null when it has none (its calls run in the interpreter). */
    static NativeThread current() {
        return CURRENT.get();
    }

    private static NativeThread make() {
        try {
            return new NativeThread();
        } catch (OutOfMemoryError | RuntimeException e) {
            System.getLogger("dev.mino.cpjit").log(System.Logger.Level.DEBUG, "no native side for " + Thread.currentThread(), e);
            return null;
        }
    }


    void setWord(int slot, long w) {
        words.setAtIndex(ValueLayout.JAVA_LONG, slot, w);
    }

    long status() {
        return ctx.get(ValueLayout.JAVA_LONG, NativeContextLayout.STATUS);
    }

    void setStatus(long s) {
        ctx.set(ValueLayout.JAVA_LONG, NativeContextLayout.STATUS, s);
    }

    long deoptPc() {
        return ctx.get(ValueLayout.JAVA_LONG, NativeContextLayout.DEOPT_PC);
    }

    int resultReg() {
        return (int) ctx.get(ValueLayout.JAVA_LONG, NativeContextLayout.RESULT_REG);
    }
}
