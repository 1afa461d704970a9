package dev.mino.runtime.lang;

import java.util.Map;
import java.util.Set;

/** The collection functions the runtime calls on arbitrary values: get, assoc, dissoc, conj, contains?, find, ... */
public final class Colls {
    private Colls() {}

    /** (get coll key). */
    public static Object get(Object coll, Object key) {
        if (coll instanceof ILookup l) return l.valAt(key);
        return get(coll, key, null);
    }

    /**
     * (get coll key not-found): maps and other ILookups, sets (the element), strings and arrays by numeric
     * index, java.util.Map; nil and every other value give not-found.
     */
    public static Object get(Object coll, Object key, Object notFound) {
        if (coll instanceof ILookup l) return l.valAt(key, notFound);
        if (coll == null) return notFound;
        if (coll instanceof IPersistentSet s) return s.contains(key) ? s.get(key) : notFound;
        if (coll instanceof Map<?, ?> m) {
            Object v = m.get(key);
            return v != null || m.containsKey(key) ? v : notFound;
        }
        if (key instanceof Number n && (coll instanceof CharSequence || coll.getClass().isArray())) {
            int i = n.intValue();
            return i >= 0 && i < Seqs.count(coll) ? Seqs.nth(coll, i) : notFound;
        }
        if (coll instanceof ITransientSet ts) return ts.contains(key) ? ts.get(key) : notFound;
        return notFound;
    }

    /** (assoc coll k v): nil becomes a one-entry array map; vectors throw IndexOutOfBoundsException past count. */
    public static Object assoc(Object coll, Object key, Object val) {
        if (coll instanceof Associative a) return a.assoc(key, val);
        if (coll == null) return new PersistentArrayMap(null, new Object[] {key, val});
        throw unsupported("assoc", coll);
    }

    /** (dissoc coll k). */
    public static Object dissoc(Object coll, Object key) {
        if (coll instanceof IPersistentMap m) return m.without(key);
        if (coll == null) return null;
        throw unsupported("dissoc", coll);
    }

    /** (conj coll x): nil becomes a list; maps accept entries, [k v] pairs and maps. */
    public static Object conj(Object coll, Object x) {
        if (coll instanceof IPersistentCollection c) return c.cons(x);
        if (coll == null) return new PersistentList(x);
        throw unsupported("conj", coll);
    }

    /** (contains? coll key). */
    public static boolean containsKey(Object coll, Object key) {
        if (coll instanceof Associative a) return a.containsKey(key);
        if (coll == null) return false;
        if (coll instanceof IPersistentSet s) return s.contains(key);
        if (coll instanceof Map<?, ?> m) return m.containsKey(key);
        if (coll instanceof Set<?> s) return s.contains(key);
        if (key instanceof Number n && (coll instanceof CharSequence || coll.getClass().isArray())) {
            int i = n.intValue();
            return i >= 0 && i < Seqs.count(coll);
        }
        if (coll instanceof ITransientSet ts) return ts.contains(key);
        if (coll instanceof ITransientAssociative ta) {
            return ta.valAt(key, APersistentMap.NOT_FOUND) != APersistentMap.NOT_FOUND;
        }
        throw new IllegalArgumentException("contains? not supported on type: " + Printing.className(coll.getClass()));
    }

    /** (find coll key): the map entry, or nil. */
    public static IMapEntry find(Object coll, Object key) {
        if (coll instanceof Associative a) return a.entryAt(key);
        if (coll == null) return null;
        if (coll instanceof Map<?, ?> m) return m.containsKey(key) ? new MapEntry(key, m.get(key)) : null;
        if (coll instanceof ITransientAssociative ta) {
            Object v = ta.valAt(key, APersistentMap.NOT_FOUND);
            return v == APersistentMap.NOT_FOUND ? null : new MapEntry(key, v);
        }
        throw unsupported("find", coll);
    }

    /** (disj set x). */
    public static Object disj(Object set, Object x) {
        if (set instanceof IPersistentSet s) return s.disjoin(x);
        if (set == null) return null;
        throw unsupported("disj", set);
    }

    /** (empty coll): an empty collection of the same kind (with coll's metadata), or nil. */
    public static Object empty(Object coll) {
        return coll instanceof IPersistentCollection c ? c.empty() : null;
    }

    /** (vector x ...). The array is copied. */
    public static IPersistentVector vector(Object... xs) {
        return PersistentVector.of(xs);
    }

    /**
     * A map of key/values as a map literal builds it: up to 8 entries an array map in insertion order,
     * more a hash map. Later values win for repeated keys.
     */
    public static IPersistentMap arrayMap(Object... kvs) {
        if ((kvs.length & 1) == 1) throw new IllegalArgumentException("No value supplied for key: " + kvs[kvs.length - 1]);
        if (kvs.length <= PersistentArrayMap.HASHTABLE_THRESHOLD) return PersistentArrayMap.createAsIfByAssoc(kvs);
        return PersistentHashMap.create(kvs);
    }

    /** (hash-set x ...). */
    public static IPersistentSet hashSet(Object... xs) {
        return PersistentHashSet.create(xs);
    }

    private static MinoException unsupported(String op, Object coll) {
        return new MinoException(op + " not supported on this type: " + coll.getClass().getSimpleName());
    }
}
