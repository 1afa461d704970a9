package dev.mino.runtime.lang;

/**
 * A multimethod: a dispatch fn whose result selects a method by isa? against the method keys, in a
 * hierarchy (the global one by default), with preferences to settle ambiguity and a default method.
 * Resolutions are cached per dispatch value until the methods, preferences or hierarchy change.
 */
public final class MultiFn extends Fn {
    private final String name;
    private final Fn dispatchFn;
    private final Object defaultDispatchVal;
    private final IDeref hierarchy;
    private volatile IPersistentMap methodTable = PersistentArrayMap.EMPTY;
    private volatile IPersistentMap preferTable = PersistentArrayMap.EMPTY;
    private volatile IPersistentMap cache = PersistentArrayMap.EMPTY;
    private volatile Object cachedHierarchy;

    public MultiFn(String name, Fn dispatchFn, Object defaultDispatchVal, IDeref hierarchy) {
        this.name = name;
        this.dispatchFn = dispatchFn;
        this.defaultDispatchVal = defaultDispatchVal;
        this.hierarchy = hierarchy;
    }

    @Override public String name() { return name; }

    /** An IFn but, as in Clojure, no comparator. */
    @Override public boolean isFunction() { return false; }

    public IPersistentMap methodTable() { return methodTable; }
    public IPersistentMap preferTable() { return preferTable; }
    public Fn dispatchFn() { return dispatchFn; }
    public Object defaultDispatchVal() { return defaultDispatchVal; }
    public IDeref hierarchy() { return hierarchy; }

    public synchronized MultiFn addMethod(Object dispatchVal, Fn method) {
        methodTable = methodTable.assoc(dispatchVal, method);
        cache = PersistentArrayMap.EMPTY;
        return this;
    }

    public synchronized MultiFn removeMethod(Object dispatchVal) {
        methodTable = methodTable.without(dispatchVal);
        cache = PersistentArrayMap.EMPTY;
        return this;
    }

    public synchronized MultiFn reset() {
        methodTable = PersistentArrayMap.EMPTY;
        preferTable = PersistentArrayMap.EMPTY;
        cache = PersistentArrayMap.EMPTY;
        return this;
    }

    /** prefer-method: x wins over y when both match; refused when y is already preferred to x. */
    public synchronized MultiFn preferMethod(Object x, Object y) {
        if (prefers(hierarchy.deref(), y, x)) {
            throw new IllegalStateException("Preference conflict in multimethod '" + name + "': " + y
                    + " is already preferred to " + x);
        }
        Object existing = preferTable.valAt(x);
        IPersistentCollection set = existing instanceof IPersistentSet s ? s : PersistentHashSet.EMPTY;
        preferTable = preferTable.assoc(x, set.cons(y));
        cache = PersistentArrayMap.EMPTY;
        return this;
    }

    /** Whether x is preferred to y, directly or through y's parents or x's parents. */
    private boolean prefers(Object h, Object x, Object y) {
        Object xPrefs = preferTable.valAt(x);
        if (xPrefs instanceof IPersistentSet s && s.contains(y)) return true;
        for (ISeq s = Seqs.seq(Hierarchy.parents(h, y)); s != null; s = s.next()) {
            if (prefers(h, x, s.first())) return true;
        }
        for (ISeq s = Seqs.seq(Hierarchy.parents(h, x)); s != null; s = s.next()) {
            if (prefers(h, s.first(), y)) return true;
        }
        return false;
    }

    private boolean dominates(Object h, Object x, Object y) {
        return prefers(h, x, y) || Hierarchy.isa(h, x, y);
    }

    /** get-method: the method for a dispatch value (the default method when none matches), or nil. */
    public Fn methodFor(Object dispatchVal) {
        Object h = hierarchy.deref();
        if (h != cachedHierarchy) {
            synchronized (this) {
                cache = PersistentArrayMap.EMPTY;
                cachedHierarchy = h;
            }
        }
        IMapEntry hit = cache.entryAt(dispatchVal);
        if (hit != null) return (Fn) hit.val();
        IPersistentMap methods = methodTable;
        IPersistentMap prefers = preferTable;
        Fn found = findBest(h, methods, dispatchVal);
        if (found == null) found = (Fn) methods.valAt(defaultDispatchVal);
        if (found != null) {
            synchronized (this) {
                // A method or preference added meanwhile may change the answer: cache only a current one.
                if (methods == methodTable && prefers == preferTable && h == cachedHierarchy) cache = cache.assoc(dispatchVal, found);
            }
        }
        return found;
    }

    private Fn findBest(Object h, IPersistentMap methods, Object dispatchVal) {
        IMapEntry best = null;
        for (Object o : methods) {
            IMapEntry e = (IMapEntry) o;
            if (!Hierarchy.isa(h, dispatchVal, e.key())) continue;
            if (best == null || dominates(h, e.key(), best.key())) best = e;
            if (!dominates(h, best.key(), e.key())) {
                throw new IllegalArgumentException("Multiple methods in multimethod '" + name + "' match dispatch value: "
                        + dispatchVal + " -> " + e.key() + " and " + best.key() + ", and neither is preferred");
            }
        }
        return best == null ? null : (Fn) best.val();
    }

    private Fn methodOrThrow(Object dispatchVal) {
        Fn f = methodFor(dispatchVal);
        if (f == null) {
            throw new IllegalArgumentException("No method in multimethod '" + name + "' for dispatch value: " + dispatchVal);
        }
        return f;
    }

    @Override public Object invoke() { return methodOrThrow(dispatchFn.invoke()).invoke(); }
    @Override public Object invoke(Object a) { return methodOrThrow(dispatchFn.invoke(a)).invoke(a); }
    @Override public Object invoke(Object a, Object b) { return methodOrThrow(dispatchFn.invoke(a, b)).invoke(a, b); }
    @Override public Object invoke(Object a, Object b, Object c) { return methodOrThrow(dispatchFn.invoke(a, b, c)).invoke(a, b, c); }

    @Override public Object invoke(Object a, Object b, Object c, Object d) {
        return methodOrThrow(dispatchFn.invoke(a, b, c, d)).invoke(a, b, c, d);
    }

    @Override public Object invokeN(Object[] args) {
        if (args.length <= 4) return super.invokeN(args);
        return methodOrThrow(dispatchFn.invokeN(args)).invokeN(args);
    }

    @Override public Object applyTo(ISeq args) {
        return invokeN(Seqs.toArray(args));
    }
}
