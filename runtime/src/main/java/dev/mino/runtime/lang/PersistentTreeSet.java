package dev.mino.runtime.lang;

import java.util.Comparator;
import java.util.Iterator;

/** (sorted-set ...) / (sorted-set-by cmp ...): the keys of a {@link PersistentTreeMap}. */
public final class PersistentTreeSet extends APersistentSet implements Sorted, Reversible {
    public static final PersistentTreeSet EMPTY = new PersistentTreeSet(null, PersistentTreeMap.EMPTY);

    private final PersistentTreeMap impl;
    private final IPersistentMap meta;

    private PersistentTreeSet(IPersistentMap meta, PersistentTreeMap impl) {
        this.meta = meta;
        this.impl = impl;
    }

    /** An empty sorted set ordered by c. */
    public PersistentTreeSet(Comparator<Object> c) {
        this(null, new PersistentTreeMap(c));
    }

    /** (sorted-set x ...) with Clojure's compare. */
    public static PersistentTreeSet create(Object... xs) {
        return createBy(DefaultComparator.INSTANCE, xs);
    }

    /** (sorted-set-by c x ...). */
    public static PersistentTreeSet createBy(Comparator<Object> c, Object... xs) {
        PersistentTreeSet s = new PersistentTreeSet(c);
        for (Object x : xs) s = s.cons(x);
        return s;
    }

    @Override IPersistentMap impl() { return impl; }

    @Override public PersistentTreeSet cons(Object o) {
        if (impl.containsKey(o)) return this;
        return new PersistentTreeSet(meta, impl.assoc(o, o));
    }

    @Override public PersistentTreeSet disjoin(Object key) {
        PersistentTreeMap m = impl.without(key);
        return m == impl ? this : new PersistentTreeSet(meta, m);
    }

    @Override public PersistentTreeSet empty() { return new PersistentTreeSet(meta, impl.empty()); }

    @Override public ISeq seq() { return impl.keySeq(true); }
    @Override public ISeq rseq() { return impl.keySeq(false); }
    @Override public ISeq seq(boolean ascending) { return impl.keySeq(ascending); }
    @Override public ISeq seqFrom(Object key, boolean ascending) { return impl.keySeqFrom(key, ascending); }
    @Override public Object entryKey(Object entry) { return entry; }
    @Override public Comparator<Object> comparator() { return impl.comparator(); }

    @Override public Iterator<Object> iterator() { return impl.keyIterator(); }

    @Override public Object reduce(Fn f, Object init) {
        return PersistentTreeMap.fold(impl.tree(), f, init, FoldMode.KEYS);
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentTreeSet withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentTreeSet(meta, impl);
    }
}
