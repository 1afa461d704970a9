package dev.mino.runtime.lang;

import java.util.Map;

/**
 * Behaviour every map shares: conj of entries, =, hashing (cached), reduce over entries, and the
 * read-only java.util.Map view. Iteration yields IMapEntry.
 */
public abstract class APersistentMap
        implements ReadOnlyMap, MapEquivalence, IHashEq, IObj, IReduce, IKVReduce {
    /** Sentinel for lookups that must tell "absent" from "mapped to nil". */
    static final Object NOT_FOUND = new Object();

    private int hash;
    private int hasheq;

    /** conj onto a map: a map entry, a [k v] vector, or a map / seq of entries to merge. */
    @Override public IPersistentMap cons(Object o) {
        if (o instanceof Map.Entry<?, ?> e) return assoc(e.getKey(), e.getValue());
        if (o instanceof IPersistentVector v) {
            if (v.count() != 2) throw new IllegalArgumentException("Vector arg to map conj must be a pair");
            return assoc(v.nth(0), v.nth(1));
        }
        IPersistentMap m = this;
        for (ISeq s = Seqs.seq(o); s != null; s = s.next()) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
            m = m.assoc(e.getKey(), e.getValue());
        }
        return m;
    }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public boolean containsKey(Object key) {
        return valAt(key, NOT_FOUND) != NOT_FOUND;
    }

    @Override public IMapEntry entryAt(Object key) {
        Object v = valAt(key, NOT_FOUND);
        return v == NOT_FOUND ? null : new MapEntry(key, v);
    }

    @Override public boolean equiv(Object o) {
        return this == o || Equality.mapEquiv(this, o);
    }

    @Override public boolean equals(Object o) {
        return this == o || Equality.mapEquals(this, o);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = entriesHashCode(this);
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            h = entriesHasheq(this);
            hasheq = h;
        }
        return h;
    }

    /** java.util.Map's hashCode of the map's entries (a live view, whose entries change, computes it each time). */
    protected static int entriesHashCode(IPersistentMap m) {
        int h = 0;
        for (Object o : m) {
            IMapEntry e = (IMapEntry) o;
            Object k = e.key();
            Object v = e.val();
            h += (k == null ? 0 : k.hashCode()) ^ (v == null ? 0 : v.hashCode());
        }
        return h;
    }

    /** Clojure's hash of the map's entries. */
    protected static int entriesHasheq(IPersistentMap m) {
        int sum = 0;
        for (Object o : m) {
            IMapEntry e = (IMapEntry) o;
            sum += Hashing.hashEntry(e.key(), e.val());
        }
        return Murmur3.mixCollHash(sum, m.count());
    }

    @Override public Object reduce(Fn f) { return IReduce.reduceItems(f, iterator()); }

    @Override public Object reduce(Fn f, Object init) { return IReduce.reduceItems(f, init, this); }

    @Override public Object kvreduce(Fn f, Object init) { return ReadOnlyMap.kvreduceEntries(this, f, init); }

    @Override public String toString() { return Printing.pr(this); }
}
