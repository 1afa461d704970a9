package dev.mino.runtime.lang;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A small map kept as a flat [k0 v0 k1 v1 ...] array in insertion order; lookups scan it. Up to 8 entries
 * it is the map Clojure builds for literals and for assoc onto {}; adding a ninth key turns it into a
 * {@link PersistentHashMap}, exactly as in Clojure, so small maps print in insertion order.
 */
public final class PersistentArrayMap extends APersistentMap implements IEditableCollection {
    /** Array length (2 per entry) at which adding a new key switches to a hash map. */
    static final int HASHTABLE_THRESHOLD = 16;

    public static final PersistentArrayMap EMPTY = new PersistentArrayMap(null, new Object[0]);

    private final Object[] array;
    private final IPersistentMap meta;

    PersistentArrayMap(IPersistentMap meta, Object[] array) {
        this.meta = meta;
        this.array = array;
    }

    /**
     * The map of a literal's key/values: throws IllegalArgumentException("Duplicate key: k") on a repeated
     * key. More than 8 entries give a hash map, as Clojure's reader does.
     */
    public static IPersistentMap createWithCheck(Object[] kvs) {
        if (kvs.length > HASHTABLE_THRESHOLD) return PersistentHashMap.createWithCheck(kvs);
        for (int i = 0; i < kvs.length; i += 2) {
            for (int j = i + 2; j < kvs.length; j += 2) {
                if (Equality.equiv(kvs[i], kvs[j])) throw new IllegalArgumentException("Duplicate key: " + kvs[i]);
            }
        }
        return kvs.length == 0 ? EMPTY : new PersistentArrayMap(null, kvs.clone());
    }

    /**
     * (array-map k v ...), of any size: a repeated key keeps its first position and takes the last value.
     * An odd last item is conj'ed in as a map, as keyword-args destructuring merges a trailing map.
     */
    public static PersistentArrayMap createAsIfByAssoc(Object[] kvs) {
        if ((kvs.length & 1) == 1) kvs = withTrailing(kvs);
        Object[] out = new Object[kvs.length];
        int n = 0;
        for (int i = 0; i < kvs.length; i += 2) {
            int at = indexOf(out, n, kvs[i]);
            if (at >= 0) {
                out[at + 1] = kvs[i + 1];
            } else {
                out[n] = kvs[i];
                out[n + 1] = kvs[i + 1];
                n += 2;
            }
        }
        return n == 0 ? EMPTY : new PersistentArrayMap(null, n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** kvs without its last item, followed by the entries of that item conj'ed onto {}. */
    private static Object[] withTrailing(Object[] kvs) {
        IPersistentMap trailing = EMPTY.cons(kvs[kvs.length - 1]);
        Object[] out = Arrays.copyOf(kvs, kvs.length - 1 + 2 * trailing.count());
        int n = kvs.length - 1;
        for (Object o : trailing) {
            IMapEntry e = (IMapEntry) o;
            out[n++] = e.key();
            out[n++] = e.val();
        }
        return out;
    }

    /** Index of key's slot in kvs[0..len), or -1. Keywords are interned, so they match by identity. */
    static int indexOf(Object[] kvs, int len, Object key) {
        if (key instanceof Keyword) {
            for (int i = 0; i < len; i += 2) {
                if (kvs[i] == key) return i;
            }
            return -1;
        }
        for (int i = 0; i < len; i += 2) {
            if (Equality.equiv(key, kvs[i])) return i;
        }
        return -1;
    }

    @Override public int count() { return array.length >> 1; }

    @Override public Object valAt(Object key, Object notFound) {
        int i = indexOf(array, array.length, key);
        return i >= 0 ? array[i + 1] : notFound;
    }

    @Override public boolean containsKey(Object key) {
        return indexOf(array, array.length, key) >= 0;
    }

    @Override public IMapEntry entryAt(Object key) {
        int i = indexOf(array, array.length, key);
        return i >= 0 ? new MapEntry(array[i], array[i + 1]) : null;
    }

    @Override public IPersistentMap assoc(Object key, Object val) {
        int i = indexOf(array, array.length, key);
        if (i >= 0) {
            if (array[i + 1] == val) return this;
            Object[] copy = array.clone();
            copy[i + 1] = val;
            return new PersistentArrayMap(meta, copy);
        }
        if (array.length >= HASHTABLE_THRESHOLD) return PersistentHashMap.createWithMeta(meta, array).assoc(key, val);
        Object[] grown = Arrays.copyOf(array, array.length + 2);
        grown[array.length] = key;
        grown[array.length + 1] = val;
        return new PersistentArrayMap(meta, grown);
    }

    @Override public IPersistentMap without(Object key) {
        int i = indexOf(array, array.length, key);
        if (i < 0) return this;
        int n = array.length - 2;
        if (n == 0) return empty();
        Object[] shrunk = new Object[n];
        System.arraycopy(array, 0, shrunk, 0, i);
        System.arraycopy(array, i + 2, shrunk, i, n - i);
        return new PersistentArrayMap(meta, shrunk);
    }

    @Override public PersistentArrayMap empty() { return EMPTY.withMeta(meta); }

    @Override public ISeq seq() {
        return array.length == 0 ? null : new ArrayMapSeq(array, 0);
    }

    @Override public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int i;

            @Override public boolean hasNext() { return i < array.length; }

            @Override public Object next() {
                if (i >= array.length) throw new NoSuchElementException();
                MapEntry e = new MapEntry(array[i], array[i + 1]);
                i += 2;
                return e;
            }
        };
    }

    @Override public Object kvreduce(Fn f, Object init) {
        Object acc = init;
        for (int i = 0; i < array.length; i += 2) {
            acc = f.invoke(acc, array[i], array[i + 1]);
            if (acc instanceof Reduced r) return r.deref();
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int i = 0; i < array.length; i += 2) {
            acc = f.invoke(acc, new MapEntry(array[i], array[i + 1]));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentArrayMap withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentArrayMap(meta, array);
    }

    @Override public ITransientMap asTransient() { return new TransientArrayMap(array); }
}
