package dev.mino.runtime.lang;

/**
 * The seq of a persistent vector (or of a subvector of one) over [i, end). It keeps the current leaf
 * array so stepping within a leaf is an array read; only crossing into the next leaf walks the trie.
 */
final class VectorSeq extends ASeq implements Counted, IReduce {
    private final PersistentVector vec;
    private final Object[] leaf;
    private final int i;
    private final int end;

    VectorSeq(PersistentVector vec, int i, int end) {
        this(null, vec, vec.leafFor(i), i, end);
    }

    private VectorSeq(IPersistentMap meta, PersistentVector vec, Object[] leaf, int i, int end) {
        super(meta);
        this.vec = vec;
        this.leaf = leaf;
        this.i = i;
        this.end = end;
    }

    @Override public Object first() { return leaf[i & 31]; }

    @Override public ISeq next() {
        int j = i + 1;
        if (j >= end) return null;
        return new VectorSeq(null, vec, (j & 31) == 0 ? vec.leafFor(j) : leaf, j, end);
    }

    @Override public int count() { return end - i; }

    @Override public VectorSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new VectorSeq(meta, vec, leaf, i, end);
    }

    @Override public Object reduce(Fn f) {
        return vec.reduceFrom(f, leaf[i & 31], i + 1, end);
    }

    @Override public Object reduce(Fn f, Object init) {
        return vec.reduceFrom(f, init, i, end);
    }
}
