package dev.mino.tier.bytecode;

import dev.mino.runtime.core.Callables;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Var;

/**
 * The guard and generic path of one specialised op (a call of a clojure.core fn compiled to an op): the
 * var, the fn it held at compile time, and the operand order for ops with an immediate. The fast lane runs
 * only while the var still holds that fn; the slow path calls whatever the var holds now, with the
 * operands in source order, so results and errors are those of an ordinary call.
 */
final class IntrinsicSite {
    /** Null for a keyword called as a fn ((:k m)): nothing can redefine it. */
    final Var var;
    final Object original;
    private final Fn generic;
    /** The immediate of an _IK op or the key of GET_KW_MAP, as a value; null for other ops. */
    final Object constant;
    /** True when the immediate came first in the source ((< 2 x) compiled as GT_IK x 2). */
    final boolean constantFirst;

    IntrinsicSite(Var var, Object original, Fn generic, Object constant, boolean constantFirst) {
        this.var = var;
        this.original = original;
        this.generic = generic;
        this.constant = constant;
        this.constantFirst = constantFirst;
    }

    /** The code word this site guards once bound (see GuardedSites): where it is and its fast form. */
    private int[] code;
    private int pc;
    private int fastWord;

    /** Binds the site to its op at code[pc] and keeps that word in step with the var's root from now on. */
    void bind(int[] code, int pc) {
        this.code = code;
        this.pc = pc;
        this.fastWord = code[pc];
        GuardedSites.watch(this);
    }

    /** The op this site was compiled as (its word may now be SPEC_GENERIC). */
    int fastOp() { return fastWord & 0xFF; }

    /** Sets the guarded word to the fast op while the var holds the original fn, else to SPEC_GENERIC. */
    void patch() {
        code[pc] = var.getRoot() == original ? fastWord : (fastWord & ~0xFF) | Op.SPEC_GENERIC;
    }

    boolean intact() {
        return var == null || var.peekRoot() == original;
    }

    /** The fn a call made now would run. */
    Fn target() {
        if (var == null) return generic;
        Object root = var.getRoot();
        return root == original ? generic : Callables.asFn(root);
    }

    Object call(Object x) { return target().invoke(x); }

    Object call(Object x, Object y) { return target().invoke(x, y); }

    Object call(Object x, Object y, Object z) { return target().invoke(x, y, z); }

    /** The op's generic path with its immediate: (f x k), or (f k x) when the immediate came first. */
    Object callWithConstant(Object x) {
        return constantFirst ? call(constant, x) : call(x, constant);
    }

    /** GET_KW_MAP's generic path: (k m) for a keyword callee, (get m k) otherwise. */
    Object lookup(Object m) {
        return var == null ? generic.invoke(m) : call(m, constant);
    }

    @Override public String toString() {
        return var == null ? String.valueOf(generic) : var.toString();
    }
}
