package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;

/**
 * A core function written in Java: a name plus a lambda per supported arity, and optionally a variadic
 * body taking all arguments from a minimum count on. Every builtin has this one shape, so adding one is a
 * single registration line in its area's class.
 */
public final class Builtin extends Fn {
    @FunctionalInterface public interface F0 { Object apply(); }
    @FunctionalInterface public interface F1 { Object apply(Object a); }
    @FunctionalInterface public interface F2 { Object apply(Object a, Object b); }
    @FunctionalInterface public interface F3 { Object apply(Object a, Object b, Object c); }
    @FunctionalInterface public interface F4 { Object apply(Object a, Object b, Object c, Object d); }
    @FunctionalInterface public interface FN { Object apply(Object[] args); }

    private final String name;
    private F0 f0;
    private F1 f1;
    private F2 f2;
    private F3 f3;
    private F4 f4;
    private FN fn;
    private int variadicMin = Integer.MAX_VALUE;

    public Builtin(String name) {
        this.name = name;
    }

    public Builtin a0(F0 f) { f0 = f; return this; }
    public Builtin a1(F1 f) { f1 = f; return this; }
    public Builtin a2(F2 f) { f2 = f; return this; }
    public Builtin a3(F3 f) { f3 = f; return this; }
    public Builtin a4(F4 f) { f4 = f; return this; }

    /** Handles every call with at least min args not covered by a fixed arity. */
    public Builtin rest(int min, FN f) {
        variadicMin = min;
        fn = f;
        return this;
    }

    @Override public String name() { return name; }

    @Override public Object invoke() {
        if (f0 != null) return f0.apply();
        if (variadicMin <= 0) return fn.apply(new Object[0]);
        throw arityError(0);
    }

    @Override public Object invoke(Object a) {
        if (f1 != null) return f1.apply(a);
        if (variadicMin <= 1) return fn.apply(new Object[] {a});
        throw arityError(1);
    }

    @Override public Object invoke(Object a, Object b) {
        if (f2 != null) return f2.apply(a, b);
        if (variadicMin <= 2) return fn.apply(new Object[] {a, b});
        throw arityError(2);
    }

    @Override public Object invoke(Object a, Object b, Object c) {
        if (f3 != null) return f3.apply(a, b, c);
        if (variadicMin <= 3) return fn.apply(new Object[] {a, b, c});
        throw arityError(3);
    }

    @Override public Object invoke(Object a, Object b, Object c, Object d) {
        if (f4 != null) return f4.apply(a, b, c, d);
        if (variadicMin <= 4) return fn.apply(new Object[] {a, b, c, d});
        throw arityError(4);
    }

    @Override public Object invokeN(Object[] args) {
        if (args.length <= 4) return super.invokeN(args);
        if (variadicMin <= args.length) return fn.apply(args);
        throw arityError(args.length);
    }

    /** Whether a call with n arguments has a body (the registration's :arglists should say the same). */
    public boolean accepts(int n) {
        Object[] fixed = {f0, f1, f2, f3, f4};
        return (n < fixed.length && fixed[n] != null) || n >= variadicMin;
    }

    @Override public String toString() { return "#object[" + name + "]"; }
}
