package dev.mino.tier.bytecode;

import dev.mino.runtime.core.Callables;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.SourcePosition;

/**
 * The interpreter's out-of-line paths: generic calls, the generic side of speculative ops, argument
 * packing and exceptions. Kept out of the dispatch loop so the loop stays small enough for HotSpot to
 * compile. Every method here reads and writes registers through the stack object, because any of them may
 * run mino code that grows (replaces) the register arrays.
 */
final class SlowPaths {
    private SlowPaths() {}

    static final String STACK_OVERFLOW = "stack overflow (non-tail recursion too deep)";

    // ---- calls ----

    /** R(a) := f(R(a) .. R(a+n-1)) for a callee that is not (known to be) a bytecode fn. */
    static void callGeneric(RegisterStack st, Object f, int a, int n) {
        callFn(st, Callables.asFn(f), a, n);
    }

    /** R(a) := fn(R(a) .. R(a+n-1)). */
    static void callFn(RegisterStack st, Fn fn, int a, int n) {
        Object result = invoke(fn, st, a, n);
        st.set(a, result);
    }

    /** Calls fn with the n values starting at register slot a. */
    static Object invoke(Fn fn, RegisterStack st, int a, int n) {
        return switch (n) {
            case 0 -> fn.invoke();
            case 1 -> fn.invoke(st.get(a));
            case 2 -> fn.invoke(st.get(a), st.get(a + 1));
            case 3 -> fn.invoke(st.get(a), st.get(a + 1), st.get(a + 2));
            case 4 -> fn.invoke(st.get(a), st.get(a + 1), st.get(a + 2), st.get(a + 3));
            default -> fn.invokeN(values(st, a, n));
        };
    }

    static Object[] values(RegisterStack st, int a, int n) {
        Object[] vals = new Object[n];
        for (int i = 0; i < n; i++) vals[i] = st.get(a + i);
        return vals;
    }

    /** Stores a variadic method's rest seq (nil when there are no extra args) in the register after its fixed params. */
    static void packRest(RegisterStack st, int base, int fixed, int n) {
        Object rest = null;
        if (n > fixed) {
            Object[] extra = new Object[n - fixed];
            for (int i = 0; i < extra.length; i++) extra[i] = st.get(base + fixed + i);
            rest = Seqs.arraySeq(extra, 0);
        }
        st.set(base + fixed, rest);
    }

    // ---- int ops whose operands are not both fixnums: boxed Longs still take the long lane ----

    static void intUnary(RegisterStack st, int op, Object site, int dst, int x) {
        long[] w = st.words;
        Object[] r = st.refs;
        if (Words.isLong(w[x], r[x]) && ((IntrinsicSite) site).intact() && IntOps.unary(op, Words.longValue(w[x], r[x]), w, r, dst)) return;
        unary(st, site, dst, x);
    }

    static void intBinary(RegisterStack st, int op, Object site, int dst, int x, int y) {
        long[] w = st.words;
        Object[] r = st.refs;
        if (Words.isLong(w[x], r[x]) && Words.isLong(w[y], r[y]) && ((IntrinsicSite) site).intact()
                && IntOps.binary(op, Words.longValue(w[x], r[x]), Words.longValue(w[y], r[y]), w, r, dst)) return;
        binary(st, site, dst, x, y);
    }

    static void intWithConstant(RegisterStack st, int op, Object site, int dst, int x) {
        long[] w = st.words;
        Object[] r = st.refs;
        IntrinsicSite s = (IntrinsicSite) site;
        if (Words.isLong(w[x], r[x]) && s.intact() && IntOps.binary(op, Words.longValue(w[x], r[x]), (Long) s.constant, w, r, dst)) return;
        withConstant(st, site, dst, x);
    }

    // ---- generic sides of specialised ops ----

    static void unary(RegisterStack st, Object site, int dst, int x) {
        st.set(dst, ((IntrinsicSite) site).call(st.get(x)));
    }

    static void binary(RegisterStack st, Object site, int dst, int x, int y) {
        Object vx = st.get(x);
        Object vy = st.get(y);
        st.set(dst, ((IntrinsicSite) site).call(vx, vy));
    }

    static void withConstant(RegisterStack st, Object site, int dst, int x) {
        st.set(dst, ((IntrinsicSite) site).callWithConstant(st.get(x)));
    }

    static void lookup(RegisterStack st, Object site, int dst, int m) {
        st.set(dst, ((IntrinsicSite) site).lookup(st.get(m)));
    }

    static void assoc(RegisterStack st, Object site, int dst, int m, int k, int v) {
        st.set(dst, ((IntrinsicSite) site).call(st.get(m), st.get(k), st.get(v)));
    }

    // ---- exceptions ----

    /** What (throw v) throws: v itself with this form's position, or the error for a non-throwable. */
    static Throwable thrown(Object v, SourcePosition pos) {
        if (v instanceof Throwable t) return SourcePosition.attach(t, pos);
        String type = v == null ? "nil" : "class " + v.getClass().getName();
        return SourcePosition.attach(new MinoException(type + " cannot be cast to class java.lang.Throwable"), pos);
    }

    /**
     * An exception escaping the instruction at pc, as mino sees it: a JVM stack overflow becomes the mino
     * error, and a RuntimeException gets the instruction's position unless a deeper form gave it one.
     */
    static Throwable escaping(Throwable t, BytecodeFn.Method m, int pc) {
        Throwable e = t instanceof StackOverflowError ? new MinoException(STACK_OVERFLOW) : t;
        if (e instanceof RuntimeException && m != null) {
            SourcePosition pos = m.positionAt(pc);
            if (pos != null) SourcePosition.attach(e, pos);
        }
        return e;
    }

    /** Throws t without declaring it (checked exceptions pass through mino code unchanged). */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
