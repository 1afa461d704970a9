package dev.mino.tier.bytecode;

/**
 * A thread's registers: a word per slot (see {@link Words}) and a parallel ref per slot, used when the word
 * says so. A running fn owns the window [base, base + nregs); a call puts the callee's window at the
 * caller's first argument register, so arguments are never copied. {@link #top} is the first slot no active
 * frame uses: Java code entering the interpreter (a builtin calling a bytecode fn) starts its window there.
 * The arrays are replaced when they grow, so the interpreter re-reads them after anything that may run code.
 */
public final class RegisterStack {
    private static final int INITIAL = 1024;
    private static final ThreadLocal<RegisterStack> CURRENT = ThreadLocal.withInitial(RegisterStack::new);
    /** The stack used last, checked against the current thread before the ThreadLocal is asked (a racy but safe hint). */
    private static RegisterStack last = new RegisterStack(null);

    private final Thread owner;

    public long[] words = new long[INITIAL];
    public Object[] refs = new Object[INITIAL];
    public int top;
    /** The pc at which the last SUSPEND stopped, or -1. */
    int suspendedAt = -1;

    /**
     * Suspended callers of bytecode-to-bytecode calls (the interpreter does not recurse in Java for those):
     * each frame's closure, method, pc (just after the call's first word), window base and try handlers.
     */
    static final int MAX_DEPTH = 100_000;
    int depth;
    BytecodeClosure[] frameSelf = new BytecodeClosure[64];
    BytecodeFn.Method[] frameMethod = new BytecodeFn.Method[64];
    int[] framePc = new int[64];
    int[] frameBase = new int[64];
    int[][] frameHandlers = new int[64][];
    int[] frameHdepth = new int[64];

    private RegisterStack(Thread owner) {
        this.owner = owner;
    }

    private RegisterStack() {
        this(Thread.currentThread());
    }

    public static RegisterStack current() {
        RegisterStack s = last;
        if (s.owner == Thread.currentThread()) return s;
        s = CURRENT.get();
        last = s;
        return s;
    }

    /** Makes sure slots below end exist. */
    public void ensure(int end) {
        if (end > words.length) grow(end);
    }

    private void grow(int end) {
        int n = words.length;
        while (n < end) n *= 2;
        long[] w = new long[n];
        Object[] r = new Object[n];
        System.arraycopy(words, 0, w, 0, words.length);
        System.arraycopy(refs, 0, r, 0, refs.length);
        words = w;
        refs = r;
    }

    /** Saves a caller's state before the interpreter switches to its callee. */
    void push(BytecodeClosure self, BytecodeFn.Method m, int pc, int base, int[] handlers, int hdepth) {
        int d = depth;
        if (d >= MAX_DEPTH) throw new dev.mino.runtime.lang.MinoException(SlowPaths.STACK_OVERFLOW);
        if (d == frameSelf.length) {
            int n = d * 2;
            frameSelf = java.util.Arrays.copyOf(frameSelf, n);
            frameMethod = java.util.Arrays.copyOf(frameMethod, n);
            framePc = java.util.Arrays.copyOf(framePc, n);
            frameBase = java.util.Arrays.copyOf(frameBase, n);
            frameHandlers = java.util.Arrays.copyOf(frameHandlers, n);
            frameHdepth = java.util.Arrays.copyOf(frameHdepth, n);
        }
        frameSelf[d] = self;
        frameMethod[d] = m;
        framePc[d] = pc;
        frameBase[d] = base;
        frameHandlers[d] = handlers;
        frameHdepth[d] = hdepth;
        depth = d + 1;
    }

    public Object get(int slot) { return Words.toObject(words[slot], refs[slot]); }

    public void set(int slot, Object v) { Words.store(words, refs, slot, v); }
}
