package dev.mino.runtime.lang;

import java.util.concurrent.atomic.AtomicReference;

/** A synchronous, uncoordinated reference with compare-and-set updates, validators and watches. */
public final class Atom extends ARef {
    private final AtomicReference<Object> state;

    public Atom(Object value, IPersistentMap meta) {
        super(meta);
        this.state = new AtomicReference<>(value);
    }

    @Override public Object deref() { return state.get(); }

    /** swap!: retries f on the current value until the compare-and-set succeeds; returns [old new]. */
    public Object[] swap(Fn f, Object[] extraArgs) {
        while (true) {
            Object old = state.get();
            Object nv = f.invokeWithFirst(old, extraArgs);
            validate(nv);
            if (state.compareAndSet(old, nv)) {
                notifyWatches(old, nv);
                return new Object[] {old, nv};
            }
        }
    }

    /** compare-and-set!: compares by identity, as Clojure does. */
    public boolean compareAndSet(Object old, Object nv) {
        validate(nv);
        boolean ok = state.compareAndSet(old, nv);
        if (ok) notifyWatches(old, nv);
        return ok;
    }

    /** reset!: returns the value replaced. */
    public Object reset(Object nv) {
        validate(nv);
        Object old = state.getAndSet(nv);
        notifyWatches(old, nv);
        return old;
    }

    /** What str shows, as for Clojure's Atom (Object.toString under the Clojure class name). */
    @Override public String toString() { return "clojure.lang.Atom@" + Integer.toHexString(System.identityHashCode(this)); }
}
