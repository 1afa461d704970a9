package dev.mino.tier.bytecode;

/**
 * Code of a higher tier (the native JIT) that has taken over a method's entry: every call of the method,
 * from Java or from bytecode, enters it instead of the interpreter (Interpreter.run at pc 0 is the one entry).
 */
public interface NativeEntry {
    /** {@link #enter}'s answer when the method returned: its value is in R(base). */
    int RETURNED = -1;

    /**
     * Runs method m of self from its start over the window at base of st, whose argument registers are set.
     * Answers {@link #RETURNED}, or a pc at which the interpreter continues the activation (a deopt): the
     * window then holds the registers as they are at that pc. May throw the error the method raised.
     */
    int enter(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base);
}
