package dev.mino.runtime.lang;

import java.util.function.Supplier;

/**
 * A fn of mino's own library whose body is analyzed and compiled at its first call rather than when the library
 * loads: a program calls few of clojure.core's fns, and analyzing all of them was most of what making a state
 * cost. It stays its var's root for good, so identity, equality and the tiers' guards on the root never see it
 * change; calls go to {@link #target()}, which the tiers' call caches resolve once (its var's revision moves
 * when the target appears, so they look again).
 */
public final class DeferredFn extends Fn {
    private final Var var;
    private Supplier<Fn> materializer;
    private volatile Fn target;
    /** The thread making the target, while it does (its analysis may reach a guard that makes every deferred fn). */
    private volatile Thread maker;

    /** materializer analyzes and evaluates the fn's form, as loading the library would have. */
    public DeferredFn(Var var, Supplier<Fn> materializer) {
        this.var = var;
        this.materializer = materializer;
    }

    /** The fn that runs the calls: made at the first call, then kept. */
    public Fn target() {
        Fn t = target;
        return t != null ? t : materialize();
    }

    /**
     * The value that actually runs a call of f: a deferred fn's target (made now if need be), anything else
     * itself. The tiers' call paths look through with it (a call cache holds the target, a tail call trampolines
     * into it).
     */
    public static Object resolve(Object f) {
        return f instanceof DeferredFn d ? d.target() : f;
    }

    /** Whether the fn has been made yet. */
    public boolean materialized() {
        return target != null;
    }

    /** Whether this thread is making the target now (so asking for it again would recurse). */
    public boolean beingMadeHere() {
        return maker == Thread.currentThread();
    }

    private synchronized Fn materialize() {
        if (target == null) {
            if (maker != null) throw new IllegalStateException(name() + " was called while it was being defined");
            maker = Thread.currentThread();
            try {
                Fn made = materializer.get();
                materializer = null;
                target = made;
            } finally {
                maker = null;
            }
            var.touch();
        }
        return target;
    }


    /** As the analyzer names a fn defined by a def: the var's qualified name. */
    @Override public String name() { return var.qualifiedName().toString(); }

    @Override public Object invoke() { return target().invoke(); }
    @Override public Object invoke(Object a) { return target().invoke(a); }
    @Override public Object invoke(Object a, Object b) { return target().invoke(a, b); }
    @Override public Object invoke(Object a, Object b, Object c) { return target().invoke(a, b, c); }
    @Override public Object invoke(Object a, Object b, Object c, Object d) { return target().invoke(a, b, c, d); }
    @Override public Object invokeN(Object[] args) { return target().invokeN(args); }
    @Override public Object applyTo(ISeq args) { return target().applyTo(args); }
}
