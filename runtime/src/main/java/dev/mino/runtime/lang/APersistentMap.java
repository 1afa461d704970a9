package dev.mino.runtime.lang;

import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Behaviour every map shares: conj of entries, =, hashing (cached), reduce over entries, and the
 * read-only java.util.Map view. Iteration yields IMapEntry.
 */
public abstract class APersistentMap
        implements IPersistentMap, Map<Object, Object>, MapEquivalence, IHashEq, IObj, IReduce, IKVReduce {
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
            for (Object o : this) {
                IMapEntry e = (IMapEntry) o;
                Object k = e.key();
                Object v = e.val();
                h += (k == null ? 0 : k.hashCode()) ^ (v == null ? 0 : v.hashCode());
            }
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            int sum = 0;
            for (Object o : this) {
                IMapEntry e = (IMapEntry) o;
                sum += Hashing.hashEntry(e.key(), e.val());
            }
            h = Murmur3.mixCollHash(sum, count());
            hasheq = h;
        }
        return h;
    }

    @Override public Object reduce(Fn f) {
        Iterator<Object> it = iterator();
        if (!it.hasNext()) return f.invoke();
        Object acc = it.next();
        while (it.hasNext()) {
            acc = f.invoke(acc, it.next());
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (Object e : this) {
            acc = f.invoke(acc, e);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object kvreduce(Fn f, Object init) {
        Object acc = init;
        for (Object o : this) {
            IMapEntry e = (IMapEntry) o;
            acc = f.invoke(acc, e.key(), e.val());
            if (acc instanceof Reduced r) return r.deref();
        }
        return acc;
    }

    // ---- java.util.Map, read-only ----

    @Override public int size() { return count(); }
    @Override public boolean isEmpty() { return count() == 0; }
    @Override public Object get(Object key) { return valAt(key); }

    @Override public boolean containsValue(Object value) {
        for (Object o : this) {
            if (Equality.equiv(((IMapEntry) o).val(), value)) return true;
        }
        return false;
    }

    @Override public Set<Object> keySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Object> iterator() { return mapped(APersistentMap.this.iterator(), true); }
            @Override public int size() { return count(); }
            @Override public boolean contains(Object o) { return containsKey(o); }
        };
    }

    @Override public Collection<Object> values() {
        return new AbstractCollection<>() {
            @Override public Iterator<Object> iterator() { return mapped(APersistentMap.this.iterator(), false); }
            @Override public int size() { return count(); }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Map.Entry<Object, Object>> iterator() {
                return (Iterator) APersistentMap.this.iterator();
            }

            @Override public int size() { return count(); }
        };
    }

    private static Iterator<Object> mapped(Iterator<Object> entries, boolean keys) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return entries.hasNext(); }

            @Override public Object next() {
                IMapEntry e = (IMapEntry) entries.next();
                return keys ? e.key() : e.val();
            }
        };
    }

    @Override public Object put(Object key, Object value) { throw new UnsupportedOperationException(); }
    @Override public Object remove(Object key) { throw new UnsupportedOperationException(); }
    @Override public void putAll(Map<?, ?> m) { throw new UnsupportedOperationException(); }
    @Override public void clear() { throw new UnsupportedOperationException(); }

    @Override public String toString() { return Printing.pr(this); }
}
