package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.ApplyArgs;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;
import dev.mino.tiers.FnTemplate;

/**
 * A bytecode fn value: its compiled template and the captured values. The captures array is the one the
 * closure was made over and is kept by reference (letfn fills in its entries after creation). Calls from
 * Java store the arguments at the top of the thread's register stack and run the interpreter there.
 */
public final class BytecodeClosure extends Fn {
    final BytecodeFn fn;
    final Object[] captures;

    BytecodeClosure(BytecodeFn fn, Object[] captures) {
        this.fn = fn;
        this.captures = captures;
    }

    public BytecodeFn template() { return fn; }

    @Override public String name() { return fn.name; }

    /** The fallback tier's closure over these captures, made once. */
    private Fn delegate;

    /**
     * Where a call with n arguments that has no bytecode method goes: the fallback tier's closure when the fn
     * did not fit bytecode, else nowhere (the arity error).
     */
    private Fn fallback(int n) {
        FnTemplate t = fn.fallback();
        if (t == null) throw arityError(n);
        Fn d = delegate;
        if (d == null) delegate = d = t.instantiate(captures);
        return d;
    }

    @Override public Object invoke() {
        BytecodeFn.Method m = fn.methodFor(0);
        if (m == null || m.variadic) return invokeN(new Object[0]);
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        st.ensure(base + m.nregs);
        return Interpreter.call(st, this, m, base);
    }

    @Override public Object invoke(Object a) {
        BytecodeFn.Method m = fn.methodFor(1);
        if (m == null || m.variadic) return invokeN(new Object[] {a});
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        st.ensure(base + m.nregs);
        Words.store(st.words, st.refs, base, a);
        return Interpreter.call(st, this, m, base);
    }

    @Override public Object invoke(Object a, Object b) {
        BytecodeFn.Method m = fn.methodFor(2);
        if (m == null || m.variadic) return invokeN(new Object[] {a, b});
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        st.ensure(base + m.nregs);
        Words.store(st.words, st.refs, base, a);
        Words.store(st.words, st.refs, base + 1, b);
        return Interpreter.call(st, this, m, base);
    }

    @Override public Object invoke(Object a, Object b, Object c) {
        BytecodeFn.Method m = fn.methodFor(3);
        if (m == null || m.variadic) return invokeN(new Object[] {a, b, c});
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        st.ensure(base + m.nregs);
        Words.store(st.words, st.refs, base, a);
        Words.store(st.words, st.refs, base + 1, b);
        Words.store(st.words, st.refs, base + 2, c);
        return Interpreter.call(st, this, m, base);
    }

    @Override public Object invoke(Object a, Object b, Object c, Object d) {
        return invokeN(new Object[] {a, b, c, d});
    }

    @Override public Object invokeN(Object[] args) {
        BytecodeFn.Method m = fn.methodFor(args.length);
        if (m == null) return fallback(args.length).invokeN(args);
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        int fixed = m.arity;
        st.ensure(base + Math.max(m.nregs, fixed + 1));
        for (int i = 0; i < fixed; i++) Words.store(st.words, st.refs, base + i, args[i]);
        if (m.variadic) Words.store(st.words, st.refs, base + fixed, args.length > fixed ? Seqs.arraySeq(args, fixed) : null);
        return Interpreter.call(st, this, m, base);
    }

    /** (apply f args): a variadic method gets the args past its fixed ones as the seq they are, unrealized. */
    @Override public Object applyTo(ISeq args) {
        if (fn.fallback() != null) return fallback(0).applyTo(args);
        BytecodeFn.Method v = fn.variadicMethod();
        if (v == null) return invokeN(Seqs.toArray(args));
        ApplyArgs split = ApplyArgs.split(args, v.arity);
        if (split.rest() == null) return invokeN(split.head());
        RegisterStack st = RegisterStack.current();
        int base = st.top;
        st.ensure(base + Math.max(v.nregs, v.arity + 1));
        for (int i = 0; i < v.arity; i++) Words.store(st.words, st.refs, base + i, split.head()[i]);
        Words.store(st.words, st.refs, base + v.arity, split.rest());
        return Interpreter.call(st, this, v, base);
    }

    @Override public String toString() {
        return "#object[" + fn.name + "]";
    }
}
