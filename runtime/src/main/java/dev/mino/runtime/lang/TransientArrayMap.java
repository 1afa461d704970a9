package dev.mino.runtime.lang;

import java.util.Arrays;

/**
 * (transient array-map). Past 8 entries assoc returns a transient hash map instead, so callers must use
 * the returned transient. dissoc! moves the last entry into the hole, which is what Clojure does and
 * therefore decides the printed order after a transient dissoc.
 */
final class TransientArrayMap extends ATransientMap {
    private final EditToken edit = new EditToken();
    private final Object[] array;
    private int len;

    TransientArrayMap(Object[] kvs) {
        this.array = Arrays.copyOf(kvs, Math.max(PersistentArrayMap.HASHTABLE_THRESHOLD, kvs.length));
        this.len = kvs.length;
    }

    @Override public int count() {
        edit.ensureLive();
        return len >> 1;
    }

    @Override public Object valAt(Object key, Object notFound) {
        edit.ensureLive();
        int i = PersistentArrayMap.indexOf(array, len, key);
        return i >= 0 ? array[i + 1] : notFound;
    }

    @Override public ITransientMap assoc(Object key, Object val) {
        edit.ensureLive();
        int i = PersistentArrayMap.indexOf(array, len, key);
        if (i >= 0) {
            array[i + 1] = val;
            return this;
        }
        if (len >= PersistentArrayMap.HASHTABLE_THRESHOLD) {
            edit.retire();
            return PersistentHashMap.createTransient(array, len).assoc(key, val);
        }
        array[len] = key;
        array[len + 1] = val;
        len += 2;
        return this;
    }

    @Override public ITransientMap without(Object key) {
        edit.ensureLive();
        int i = PersistentArrayMap.indexOf(array, len, key);
        if (i >= 0) {
            array[i] = array[len - 2];
            array[i + 1] = array[len - 1];
            array[len - 2] = null;
            array[len - 1] = null;
            len -= 2;
        }
        return this;
    }

    @Override public IPersistentMap persistent() {
        edit.ensureLive();
        edit.retire();
        return len == 0 ? PersistentArrayMap.EMPTY : new PersistentArrayMap(null, Arrays.copyOf(array, len));
    }
}
