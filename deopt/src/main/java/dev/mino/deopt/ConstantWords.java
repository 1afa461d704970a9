package dev.mino.deopt;

/**
 * How a state's constant words ({@code (index << 3) | 4}, ARCHITECTURE.md 5) read: native code passes
 * them around as words; the interpreter keeps those objects as refs.
 */
public interface ConstantWords {
    long TAG = 4;
    long TAG_MASK = 7;

    static boolean isConstant(long word) {
        return (word & TAG_MASK) == TAG;
    }

    /** The object a constant word stands for (null for a stale word naming no entry). */
    Object value(long word);
}
