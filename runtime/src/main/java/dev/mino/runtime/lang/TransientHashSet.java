package dev.mino.runtime.lang;

/** (transient #{...}): a transient hash map from each element to itself. */
public final class TransientHashSet implements ITransientSet {
    private final TransientHashMap impl;

    TransientHashSet(TransientHashMap impl) {
        this.impl = impl;
    }

    @Override public int count() { return impl.count(); }

    /** Adds x unless an = element is present (the element already there is kept). */
    @Override public TransientHashSet conj(Object x) {
        if (impl.valAt(x, APersistentMap.NOT_FOUND) == APersistentMap.NOT_FOUND) impl.assoc(x, x);
        return this;
    }

    @Override public TransientHashSet disjoin(Object key) {
        impl.without(key);
        return this;
    }

    @Override public boolean contains(Object key) {
        return impl.valAt(key, APersistentMap.NOT_FOUND) != APersistentMap.NOT_FOUND;
    }

    @Override public Object get(Object key) { return impl.valAt(key); }

    @Override public PersistentHashSet persistent() {
        return new PersistentHashSet(null, impl.persistent());
    }
}
