package dev.mino.runtime.core;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;

/**
 * A structure basis made by create-struct (or defstruct): the keys every struct map of it has, in order.
 * Struct maps of one basis share it, and accessors check it.
 */
public final class StructDef {
    private final Object[] keys;
    /** key -> its slot index. */
    private final IPersistentMap slots;

    private StructDef(Object[] keys, IPersistentMap slots) {
        this.keys = keys;
        this.slots = slots;
    }

    /** (create-struct k ...): at least one key, none repeated. */
    static StructDef create(ISeq keys) {
        if (keys == null) throw new IllegalArgumentException("Must supply keys");
        Object[] ks = Seqs.toArray(keys);
        Object[] kvs = new Object[ks.length * 2];
        for (int i = 0; i < ks.length; i++) {
            kvs[2 * i] = ks[i];
            kvs[2 * i + 1] = i;
        }
        return new StructDef(ks, PersistentArrayMap.createWithCheck(kvs));
    }

    int size() { return keys.length; }
    Object key(int i) { return keys[i]; }

    /** The slot of key, or -1 when it is not one of the basis's keys. */
    int slot(Object key) {
        Object i = slots.valAt(key);
        return i == null ? -1 : (Integer) i;
    }
}
