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
     * The try handlers of the running activations, innermost last: where each continues (pc) and the
     * register that receives the error. An activation owns the entries above the depth it started at.
     */
    int hsp;
    int[] handlerPc = new int[16];
    int[] handlerSlot = new int[16];

    /**
     * What a higher tier keeps for this thread (the native JIT: its register words and context), found here
     * rather than through a ThreadLocal of its own on every entry: this stack is the thread's already.
     */
    public Object tierLocal;

    /** The callee a TAILCALL hands to {@link Interpreter#exec}, which continues with it over the same window. */
    BytecodeClosure tailSelf;
    BytecodeFn.Method tailMethod;

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

    /** Enters a try body: its handler continues at pc with the error in register slot. */
    void pushHandler(int pc, int slot) {
        int h = hsp;
        if (h == handlerPc.length) {
            handlerPc = java.util.Arrays.copyOf(handlerPc, 2 * h);
            handlerSlot = java.util.Arrays.copyOf(handlerSlot, 2 * h);
        }
        handlerPc[h] = pc;
        handlerSlot[h] = slot;
        hsp = h + 1;
    }

    public Object get(int slot) { return Words.toObject(words[slot], refs[slot]); }

    public void set(int slot, Object v) { Words.store(words, refs, slot, v); }
}
