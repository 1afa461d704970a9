package dev.mino.runtime.lang;

import java.util.Map;

/** conj! onto a transient map, shared by the array-map and hash-map transients. */
abstract class ATransientMap implements ITransientMap {
    @Override public Object valAt(Object key) { return valAt(key, null); }

    /** Accepts a map entry, a [k v] vector, or a map / seq of entries. May return a different transient. */
    @Override public ITransientMap conj(Object o) {
        if (o instanceof Map.Entry<?, ?> e) return assoc(e.getKey(), e.getValue());
        if (o instanceof IPersistentVector v) {
            if (v.count() != 2) throw new IllegalArgumentException("Vector arg to map conj must be a pair");
            return assoc(v.nth(0), v.nth(1));
        }
        ITransientMap m = this;
        for (ISeq s = Seqs.seq(o); s != null; s = s.next()) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
            m = m.assoc(e.getKey(), e.getValue());
        }
        return m;
    }
}
