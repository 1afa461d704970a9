package dev.mino.deopt;

import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Interpreter;
import dev.mino.tier.bytecode.RegisterStack;
import dev.mino.tier.bytecode.Words;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Side-exit resume (ARCHITECTURE.md 5): native code stopped at a pc of a method and returned; its frame's
 * registers, in the thread's native words at the interpreter's own slot numbers, go back to the
 * interpreter's registers unchanged (constant words become their refs; refs never left Java), and the
 * interpreter continues the activation at that pc, so nothing runs twice. Serves a deopt point (the end
 * of a native prefix), a failed speculation (a slow path), and a tail call the interpreter performs.
 */
public final class SideExit {
    private SideExit() {}

    /**
     * The window [base, base + nregs) of words into st's registers. Registers the native code has not
     * written hold stale words: harmless, since bytecode never reads a register before writing it.
     */
    public static void syncWindow(RegisterStack st, MemorySegment words, int base, int nregs, ConstantWords constants) {
        st.ensure(base + nregs);
        long[] w = st.words;
        MemorySegment.copy(words, ValueLayout.JAVA_LONG, (long) base << 3, w, base, nregs);
        for (int i = base, end = base + nregs; i < end; i++) {
            long x = w[i];
            if (ConstantWords.isConstant(x)) {
                w[i] = Words.REF;
                st.refs[i] = constants.value(x);
            }
        }
    }

    /**
     * A native activation of m that exited at pc, entered by the interpreter's own entry: the window back,
     * and the pc for that entry to continue at (the activation stays the interpreter's Java frame).
     */
    public static int resumeAt(RegisterStack st, MemorySegment words, BytecodeFn.Method m, int base, int pc, ConstantWords constants) {
        syncWindow(st, words, base, m.nregs, constants);
        return pc;
    }

    /**
     * A native activation of m that exited at pc while called from other native code (no interpreter frame
     * of its own): the window back, then the interpreter runs it from pc to its return; the value is left
     * in R(base) as a RETURN leaves it. self is the closure, or null for a method that never reads it.
     */
    public static void finish(RegisterStack st, MemorySegment words, BytecodeClosure self, BytecodeFn.Method m, int base, int pc,
                              ConstantWords constants) {
        if (self == null && m.usesSelf()) throw new IllegalArgumentException(m.owner().name() + " reads its closure, which the exit did not name");
        syncWindow(st, words, base, m.nregs, constants);
        Interpreter.resume(self, m, pc, base);
    }
}
