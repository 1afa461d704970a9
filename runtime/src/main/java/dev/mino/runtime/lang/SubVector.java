package dev.mino.runtime.lang;

/**
 * (subvec v start end): a view of v's elements [start, end) sharing v's structure. Nested subvectors
 * collapse onto the original vector so chains of subvec stay one level deep.
 */
public final class SubVector extends APersistentVector {
    private final IPersistentVector v;
    private final int start;
    private final int end;
    private final IPersistentMap meta;
    private int hash;
    private int hasheq;

    private SubVector(IPersistentMap meta, IPersistentVector v, int start, int end) {
        this.meta = meta;
        this.v = v;
        this.start = start;
        this.end = end;
    }

    /** Throws IndexOutOfBoundsException unless 0 <= start <= end <= (count v). */
    public static IPersistentVector create(IPersistentVector v, int start, int end) {
        if (end < start || start < 0 || end > v.count()) throw new IndexOutOfBoundsException();
        if (start == end) return PersistentVector.EMPTY;
        if (v instanceof SubVector sv) return new SubVector(null, sv.v, sv.start + start, sv.start + end);
        return new SubVector(null, v, start, end);
    }

    @Override public int count() { return end - start; }

    @Override public Object nth(int i) {
        if (i < 0 || start + i >= end) throw new IndexOutOfBoundsException();
        return v.nth(start + i);
    }

    @Override public IPersistentVector assocN(int i, Object val) {
        if (start + i > end || i < 0) throw new IndexOutOfBoundsException();
        if (start + i == end) return cons(val);
        return new SubVector(meta, v.assocN(start + i, val), start, end);
    }

    @Override public IPersistentVector cons(Object o) {
        return new SubVector(meta, v.assocN(end, o), start, end + 1);
    }

    @Override public IPersistentVector pop() {
        if (end - 1 == start) return PersistentVector.EMPTY.withMeta(meta);
        return new SubVector(meta, v, start, end - 1);
    }

    @Override public ISeq seq() {
        if (v instanceof PersistentVector pv) return new VectorSeq(pv, start, end);
        return super.seq();
    }

    @Override public Object reduce(Fn f) {
        if (v instanceof PersistentVector pv) return pv.reduceFrom(f, pv.nth(start), start + 1, end);
        return super.reduce(f);
    }

    @Override public Object reduce(Fn f, Object init) {
        if (v instanceof PersistentVector pv) return pv.reduceFrom(f, init, start, end);
        return super.reduce(f, init);
    }

    @Override public IPersistentCollection empty() { return PersistentVector.EMPTY.withMeta(meta); }

    @Override public IPersistentMap meta() { return meta; }

    @Override public SubVector withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new SubVector(meta, v, start, end);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = computeHashCode();
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            h = computeHasheq();
            hasheq = h;
        }
        return h;
    }
}
