package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.ApplyArgs;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;

/**
 * A tree-walker fn value: a template plus its captured values. Invoking builds the frame
 * [captures..., self, params...] and runs the body; recur and tail calls loop here (the trampoline), so
 * neither grows the Java stack.
 */
final class Closure extends Fn {
    final ClosureTemplate template;
    final Object[] captures;

    Closure(ClosureTemplate template, Object[] captures) {
        this.template = template;
        this.captures = captures;
    }

    @Override public String name() { return template.name; }

    ClosureMethod methodFor(int n) { return template.methodFor(n); }

    private Object[] newFrame(ClosureMethod m) {
        Object[] f = new Object[m.frameSize];
        int nc = captures.length;
        if (nc > 0) System.arraycopy(captures, 0, f, 0, nc);
        f[nc] = this;
        return f;
    }

    private ClosureMethod method(int n) {
        ClosureMethod m = template.methodFor(n);
        if (m == null) throw arityError(n);
        return m;
    }

    @Override public Object invoke() {
        ClosureMethod m = method(0);
        Object[] f = newFrame(m);
        if (m.variadic) return run(m, bindArgs(m, f, new Object[0]));
        return run(m, f);
    }

    @Override public Object invoke(Object a) {
        ClosureMethod m = method(1);
        if (m.variadic) return run(m, bindArgs(m, newFrame(m), new Object[] {a}));
        Object[] f = newFrame(m);
        f[m.paramBase] = a;
        return run(m, f);
    }

    @Override public Object invoke(Object a, Object b) {
        ClosureMethod m = method(2);
        if (m.variadic) return run(m, bindArgs(m, newFrame(m), new Object[] {a, b}));
        Object[] f = newFrame(m);
        f[m.paramBase] = a;
        f[m.paramBase + 1] = b;
        return run(m, f);
    }

    @Override public Object invoke(Object a, Object b, Object c) {
        ClosureMethod m = method(3);
        if (m.variadic) return run(m, bindArgs(m, newFrame(m), new Object[] {a, b, c}));
        Object[] f = newFrame(m);
        f[m.paramBase] = a;
        f[m.paramBase + 1] = b;
        f[m.paramBase + 2] = c;
        return run(m, f);
    }

    @Override public Object invoke(Object a, Object b, Object c, Object d) {
        return invokeN(new Object[] {a, b, c, d});
    }

    @Override public Object invokeN(Object[] args) {
        ClosureMethod m = method(args.length);
        return run(m, bindArgs(m, newFrame(m), args));
    }

    /**
     * apply: a variadic method gets the arguments beyond its fixed ones as the (possibly lazy, possibly
     * infinite) seq itself, as Clojure does, so (apply f (range)) works for f = (fn [& xs] ...).
     */
    @Override public Object applyTo(ISeq args) {
        ClosureMethod v = template.variadic();
        if (v == null) return invokeN(Seqs.toArray(args));
        ApplyArgs split = ApplyArgs.split(args, v.arity);
        if (split.rest() == null) return invokeN(split.head());
        Object[] f = newFrame(v);
        System.arraycopy(split.head(), 0, f, v.paramBase, v.arity);
        f[v.paramBase + v.arity] = split.rest();
        return run(v, f);
    }

    /** Stores args in the frame; a variadic method gets the extra args as a seq (nil when none). */
    private static Object[] bindArgs(ClosureMethod m, Object[] f, Object[] args) {
        int fixed = m.arity;
        System.arraycopy(args, 0, f, m.paramBase, fixed);
        if (m.variadic) f[m.paramBase + fixed] = args.length > fixed ? Seqs.arraySeq(args, fixed) : null;
        return f;
    }

    /** The trampoline: runs a body until it returns a value that is neither recur nor a closure tail call. */
    private static Object run(ClosureMethod m, Object[] f) {
        Safepoint.poll();
        try {
            while (true) {
                Object r = m.body.exec(f);
                if (r == Recur.SIGNAL) {
                    Safepoint.poll();
                    continue;
                }
                if (!(r instanceof TailCall tc)) return r;
                Closure next = tc.fn;
                m = next.method(tc.args.length);
                f = bindArgs(m, next.newFrame(m), tc.args);
                Safepoint.poll();
            }
        } catch (StackOverflowError e) {
            throw new MinoException("stack overflow (non-tail recursion too deep)");
        }
    }

    @Override public String toString() {
        return "#object[" + template.name + "]";
    }
}
