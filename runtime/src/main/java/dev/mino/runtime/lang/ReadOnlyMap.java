package dev.mino.runtime.lang;

import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * java.util.Map view shared by persistent maps and records: reads are answered from count/valAt/
 * containsKey and the map's entries, every mutator throws UnsupportedOperationException, and value
 * membership uses Clojure's =.
 */
interface ReadOnlyMap extends IPersistentMap, Map<Object, Object> {
    @Override default int size() { return count(); }
    @Override default boolean isEmpty() { return count() == 0; }
    @Override default Object get(Object key) { return valAt(key); }

    @Override default boolean containsValue(Object value) {
        for (Object o : this) {
            if (Equality.equiv(((IMapEntry) o).val(), value)) return true;
        }
        return false;
    }

    @Override default Set<Object> keySet() {
        ReadOnlyMap map = this;
        return new AbstractSet<>() {
            @Override public Iterator<Object> iterator() { return projected(map.iterator(), true); }
            @Override public int size() { return map.count(); }
            @Override public boolean contains(Object o) { return map.containsKey(o); }
        };
    }

    @Override default Collection<Object> values() {
        ReadOnlyMap map = this;
        return new AbstractCollection<>() {
            @Override public Iterator<Object> iterator() { return projected(map.iterator(), false); }
            @Override public int size() { return map.count(); }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override default Set<Map.Entry<Object, Object>> entrySet() {
        ReadOnlyMap map = this;
        return new AbstractSet<>() {
            @Override public Iterator<Map.Entry<Object, Object>> iterator() { return (Iterator) map.iterator(); }
            @Override public int size() { return map.count(); }
        };
    }

    /** reduce-kv over the map's entries, in iteration order; a Reduced result stops it (unwrapped). */
    static Object kvreduceEntries(IPersistentMap map, Fn f, Object init) {
        Object acc = init;
        for (Object o : map) {
            IMapEntry e = (IMapEntry) o;
            acc = f.invoke(acc, e.key(), e.val());
            if (acc instanceof Reduced r) return r.deref();
        }
        return acc;
    }

    /** The keys (or values) of an iterator over map entries. */
    private static Iterator<Object> projected(Iterator<Object> entries, boolean keys) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return entries.hasNext(); }

            @Override public Object next() {
                IMapEntry e = (IMapEntry) entries.next();
                return keys ? e.key() : e.val();
            }
        };
    }

    @Override default Object put(Object key, Object value) { throw new UnsupportedOperationException(); }
    @Override default Object remove(Object key) { throw new UnsupportedOperationException(); }
    @Override default void putAll(Map<?, ?> m) { throw new UnsupportedOperationException(); }
    @Override default void clear() { throw new UnsupportedOperationException(); }
}
