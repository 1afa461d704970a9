package dev.mino.runtime.lang;

import java.util.function.Function;

/**
 * What the mutable references (atoms, refs, agents) share: metadata, a validator every new value must pass,
 * and watches called after each change. Validators and watch functions are kept as given (get-validator
 * returns the very object passed) and turned into something callable only when run, through the invoker
 * installed by the core library.
 */
public abstract class ARef implements IDeref, IMeta {
    /** How a validator or watch value is called; the core library installs its IFn semantics. */
    private static volatile Function<Object, Fn> invoker = f -> (Fn) f;

    private volatile IPersistentMap meta;
    private volatile Object validator;
    /** A hash map, as in Clojure, so watches are notified in the same (hash) order. */
    private volatile IPersistentMap watches = PersistentHashMap.EMPTY;

    protected ARef(IPersistentMap meta) {
        this.meta = meta;
    }

    /** Makes maps, keywords, sets... usable as validators and watch functions. */
    public static void setInvoker(Function<Object, Fn> asFn) { invoker = asFn; }

    /** set-validator!: the current value must pass the new validator, else nothing changes. */
    public void setValidator(Object f) {
        check(f, deref());
        validator = f;
    }

    public Object validator() { return validator; }

    /** Throws Clojure's "Invalid reference state" unless v passes this reference's validator. */
    public void validate(Object v) { check(validator, v); }

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
    public void notifyWatches(Object old, Object nv) {
        IPersistentMap ws = watches;
        if (ws.count() == 0) return;
        for (Object o : ws) {
            IMapEntry e = (IMapEntry) o;
            invoker.apply(e.val()).invoke(e.key(), this, old, nv);
        }
    }

    /** A validator, watch or action value as something callable (maps, keywords and sets included). */
    public static Fn callable(Object f) { return invoker.apply(f); }

    @Override public IPersistentMap meta() { return meta; }
    public void resetMeta(IPersistentMap m) { meta = m; }
}
