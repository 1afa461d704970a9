package dev.mino.runtime.core;

import dev.mino.runtime.lang.APersistentMap;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.MapEntry;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.Seqs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A struct map (struct, struct-map): a map that always has its basis's keys, in the basis's order, and
 * may hold other keys after them. The basis keys cannot be dissoc'ed.
 */
public final class StructMap extends APersistentMap {
    private final StructDef def;
    private final Object[] vals;
    /** Keys beyond the basis, kept in a hash map as Clojure does. */
    private final IPersistentMap ext;
    private final IPersistentMap meta;

    private StructMap(IPersistentMap meta, StructDef def, Object[] vals, IPersistentMap ext) {
        this.meta = meta;
        this.def = def;
        this.vals = vals;
        this.ext = ext;
    }

    /** (struct-map s k v ...): the basis keys (nil when not given), then any others. */
    static StructMap create(StructDef def, ISeq keyvals) {
        Object[] vals = new Object[def.size()];
        IPersistentMap ext = PersistentHashMap.EMPTY;
        for (ISeq s = keyvals; s != null; s = s.next().next()) {
            if (s.next() == null) throw new IllegalArgumentException("No value supplied for key: " + s.first());
            Object k = s.first();
            Object v = s.next().first();
            int i = def.slot(k);
            if (i >= 0) vals[i] = v;
            else ext = ext.assoc(k, v);
        }
        return new StructMap(null, def, vals, ext);
    }

    /** (struct s v ...): values for the basis keys in order; missing ones are nil. */
    static StructMap construct(StructDef def, ISeq vals) {
        Object[] out = new Object[def.size()];
        ISeq s = vals;
        for (int i = 0; i < out.length && s != null; i++, s = s.next()) out[i] = s.first();
        if (s != null) throw new IllegalArgumentException("Too many arguments to struct constructor");
        return new StructMap(null, def, out, PersistentHashMap.EMPTY);
    }

    StructDef def() { return def; }
    Object slotValue(int i) { return vals[i]; }

    @Override public int count() { return vals.length + ext.count(); }

    @Override public Object valAt(Object key, Object notFound) {
        int i = def.slot(key);
        return i >= 0 ? vals[i] : ext.valAt(key, notFound);
    }

    @Override public boolean containsKey(Object key) {
        return def.slot(key) >= 0 || ext.containsKey(key);
    }

    @Override public IMapEntry entryAt(Object key) {
        int i = def.slot(key);
        return i >= 0 ? new MapEntry(def.key(i), vals[i]) : ext.entryAt(key);
    }

    @Override public StructMap assoc(Object key, Object val) {
        int i = def.slot(key);
        if (i >= 0) {
            Object[] copy = vals.clone();
            copy[i] = val;
            return new StructMap(meta, def, copy, ext);
        }
        return new StructMap(meta, def, vals, ext.assoc(key, val));
    }

    @Override public StructMap without(Object key) {
        if (def.slot(key) >= 0) throw new MinoException("Can't remove struct key");
        IPersistentMap smaller = ext.without(key);
        return smaller == ext ? this : new StructMap(meta, def, vals, smaller);
    }

    /** A struct map of the same basis with every basis key nil, as Clojure's empty gives. */
    @Override public IPersistentCollection empty() {
        return construct(def, null);
    }

    @Override public ISeq seq() {
        return Seqs.seq(entries());
    }

    @Override public Iterator<Object> iterator() {
        return entries().iterator();
    }

    private List<Object> entries() {
        List<Object> out = new ArrayList<>(count());
        for (int i = 0; i < vals.length; i++) out.add(new MapEntry(def.key(i), vals[i]));
        for (Object e : ext) out.add(e);
        return out;
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public StructMap withMeta(IPersistentMap m) {
        return new StructMap(m, def, vals, ext);
    }
}
