package dev.mino.runtime.lang;

import java.util.concurrent.atomic.AtomicReference;

/** A synchronous, uncoordinated reference with compare-and-set updates, validators and watches. */
public final class Atom implements IDeref, IMeta {
    private final AtomicReference<Object> state;
    private volatile IPersistentMap meta;
    private volatile Fn validator;
    private volatile IPersistentMap watches = PersistentArrayMap.EMPTY;

    public Atom(Object value, IPersistentMap meta) {
        this.state = new AtomicReference<>(value);
        this.meta = meta;
    }

    @Override public Object deref() { return state.get(); }

    /** swap!: retries f on the current value until the compare-and-set succeeds; returns [old new]. */
    public Object[] swap(Fn f, Object[] extraArgs) {
        while (true) {
            Object old = state.get();
            Object[] args = new Object[extraArgs.length + 1];
            args[0] = old;
            System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
            Object nv = f.invokeN(args);
            validate(nv);
            if (state.compareAndSet(old, nv)) {
                notifyWatches(old, nv);
                return new Object[] {old, nv};
            }
        }
    }

    public boolean compareAndSet(Object old, Object nv) {
        validate(nv);
        boolean ok = state.compareAndSet(old, nv);
        if (ok) notifyWatches(old, nv);
        return ok;
    }

    public Object reset(Object nv) {
        validate(nv);
        Object old = state.getAndSet(nv);
        notifyWatches(old, nv);
        return old;
    }

    public void setValidator(Fn f) {
        if (f != null && !Truth.isTruthy(f.invoke(state.get()))) throw new MinoException("Invalid reference state");
        validator = f;
    }

    public Fn validator() { return validator; }

    private void validate(Object v) {
        Fn f = validator;
        if (f != null && !Truth.isTruthy(f.invoke(v))) throw new MinoException("Invalid reference state");
    }

    public synchronized void addWatch(Object key, Fn f) { watches = watches.assoc(key, f); }
    public synchronized void removeWatch(Object key) { watches = watches.without(key); }

    private void notifyWatches(Object old, Object nv) {
        IPersistentMap ws = watches;
        if (ws.count() == 0) return;
        for (Object o : ws) {
            IMapEntry e = (IMapEntry) o;
            ((Fn) e.val()).invoke(e.key(), this, old, nv);
        }
    }

    @Override public IPersistentMap meta() { return meta; }
    public void resetMeta(IPersistentMap m) { meta = m; }
}
