package dev.mino.runtime.lang;

/**
 * A map entry is the two-element vector [key val]: it compares, hashes and prints as one, and vector
 * operations that change its shape (conj, assoc, pop) return ordinary vectors.
 */
public abstract class AMapEntry extends APersistentVector implements IMapEntry {
    @Override public Object getKey() { return key(); }
    @Override public Object getValue() { return val(); }
    @Override public Object setValue(Object value) { throw new UnsupportedOperationException(); }

    @Override public int count() { return 2; }

    @Override public Object nth(int i) {
        if (i == 0) return key();
        if (i == 1) return val();
        throw new IndexOutOfBoundsException();
    }

    /** This entry as a PersistentVector, for the operations that leave the entry shape. */
    public PersistentVector asVector() {
        return PersistentVector.adopt(new Object[] {key(), val()});
    }

    @Override public IPersistentVector assocN(int i, Object val) { return asVector().assocN(i, val); }
    @Override public IPersistentVector cons(Object o) { return asVector().cons(o); }
    @Override public IPersistentVector pop() { return PersistentVector.adopt(new Object[] {key()}); }

    /** Clojure answers nil for (empty map-entry). */
    @Override public IPersistentCollection empty() { return null; }

    @Override public IObj withMeta(IPersistentMap meta) { return asVector().withMeta(meta); }

    @Override public ISeq seq() { return new IndexedSeq(this, 0); }
}
