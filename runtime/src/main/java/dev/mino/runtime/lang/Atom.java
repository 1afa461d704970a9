package dev.mino.runtime.lang;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A synchronous, uncoordinated reference with compare-and-set updates, validators and watches.
 * Validators and watch functions are kept as given (get-validator returns the very object passed) and
 * turned into something callable only when run, through the invoker installed by the core library.
 */
public final class Atom implements IDeref, IMeta {
    /** How a validator or watch value is called; the core library installs its IFn semantics. */
    private static volatile Function<Object, Fn> invoker = f -> (Fn) f;

    private final AtomicReference<Object> state;
    private volatile IPersistentMap meta;
    private volatile Object validator;
    /** A hash map, as in Clojure, so watches are notified in the same (hash) order. */
    private volatile IPersistentMap watches = PersistentHashMap.EMPTY;

    public Atom(Object value, IPersistentMap meta) {
        this.state = new AtomicReference<>(value);
        this.meta = meta;
    }

    /** Makes maps, keywords, sets... usable as validators and watch functions. */
    public static void setInvoker(Function<Object, Fn> asFn) { invoker = asFn; }

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

    /** set-validator!: the current value must pass the new validator, else nothing changes. */
    public void setValidator(Object f) {
        check(f, state.get());
        validator = f;
    }

    public Object validator() { return validator; }

    private void validate(Object v) { check(validator, v); }

    private static void check(Object f, Object v) {
        if (f == null) return;
        boolean ok;
        try {
            ok = Truth.isTruthy(invoker.apply(f).invoke(v));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Invalid reference state", e);
        }
        if (!ok) throw new IllegalStateException("Invalid reference state");
    }

    public synchronized void addWatch(Object key, Object f) { watches = watches.assoc(key, f); }
    public synchronized void removeWatch(Object key) { watches = watches.without(key); }

    /** Watches run on the thread that made the change, after it, with (key ref old new). */
    private void notifyWatches(Object old, Object nv) {
        IPersistentMap ws = watches;
        if (ws.count() == 0) return;
        for (Object o : ws) {
            IMapEntry e = (IMapEntry) o;
            invoker.apply(e.val()).invoke(e.key(), this, old, nv);
        }
    }

    /** What str shows, as for Clojure's Atom (Object.toString under the Clojure class name). */
    @Override public String toString() { return "clojure.lang.Atom@" + Integer.toHexString(System.identityHashCode(this)); }

    @Override public IPersistentMap meta() { return meta; }
    public void resetMeta(IPersistentMap m) { meta = m; }
}
