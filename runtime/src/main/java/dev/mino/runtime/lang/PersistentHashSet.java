package dev.mino.runtime.lang;

import java.util.Iterator;

/** The persistent hash set: the keys of a {@link PersistentHashMap}, iterated in that map's order. */
public final class PersistentHashSet extends APersistentSet implements IEditableCollection {
    public static final PersistentHashSet EMPTY = new PersistentHashSet(null, PersistentHashMap.EMPTY);

    private final PersistentHashMap impl;
    private final IPersistentMap meta;

    PersistentHashSet(IPersistentMap meta, PersistentHashMap impl) {
        this.meta = meta;
        this.impl = impl;
    }

    /** (hash-set x ...): repeats are dropped. */
    public static PersistentHashSet create(Object... xs) {
        TransientHashSet t = EMPTY.asTransient();
        for (Object x : xs) t.conj(x);
        return t.persistent();
    }

    public static PersistentHashSet create(Iterable<?> xs) {
        TransientHashSet t = EMPTY.asTransient();
        for (Object x : xs) t.conj(x);
        return t.persistent();
    }

    /** The set of a literal #{...}: throws IllegalArgumentException("Duplicate key: x") on a repeat. */
    public static PersistentHashSet createWithCheck(Object[] xs) {
        TransientHashSet t = EMPTY.asTransient();
        for (Object x : xs) {
            int before = t.count();
            t.conj(x);
            if (t.count() == before) throw new IllegalArgumentException("Duplicate key: " + x);
        }
        return t.persistent();
    }

    @Override IPersistentMap impl() { return impl; }

    @Override public PersistentHashSet cons(Object o) {
        if (impl.containsKey(o)) return this;
        return new PersistentHashSet(meta, impl.assoc(o, o));
    }

    @Override public PersistentHashSet disjoin(Object key) {
        PersistentHashMap m = impl.without(key);
        return m == impl ? this : new PersistentHashSet(meta, m);
    }

    @Override public PersistentHashSet empty() { return EMPTY.withMeta(meta); }

    @Override public ISeq seq() { return impl.keySeq(); }

    @Override public Iterator<Object> iterator() { return impl.iterator(true); }

    @Override public Object reduce(Fn f, Object init) { return impl.fold(f, init, FoldMode.KEYS); }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentHashSet withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentHashSet(meta, impl);
    }

    @Override public TransientHashSet asTransient() { return new TransientHashSet(impl.asTransient()); }
}
