package dev.mino.runtime.lang;

/**
 * The seq of a persistent vector (or of a subvector of one) over [i, end). It keeps the current leaf
 * array so stepping within a leaf is an array read; only crossing into the next leaf walks the trie.
 * A whole vector's seq is chunked, a leaf a chunk ({@link Chunked}); a subvector's is not, as in Clojure.
 */
class VectorSeq extends ASeq implements Counted, IReduce {
    final PersistentVector vec;
    final Object[] leaf;
    final int i;
    final int end;

    VectorSeq(PersistentVector vec, int i, int end) {
        this(null, vec, vec.leafFor(i), i, end);
    }

    VectorSeq(IPersistentMap meta, PersistentVector vec, Object[] leaf, int i, int end) {
        super(meta);
        this.vec = vec;
        this.leaf = leaf;
        this.i = i;
        this.end = end;
    }

    /** The seq of the same kind from j on, whose leaf is given. */
    VectorSeq at(Object[] leaf, int j) { return new VectorSeq(null, vec, leaf, j, end); }

    @Override public Object first() { return leaf[i & 31]; }

    @Override public ISeq next() {
        int j = i + 1;
        if (j >= end) return null;
        return at((j & 31) == 0 ? vec.leafFor(j) : leaf, j);
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

    /** (seq vector): chunked, the rest of the current leaf being the chunk. */
    static final class Chunked extends VectorSeq implements IChunkedSeq {
        Chunked(PersistentVector vec, int end) {
            super(vec, 0, end);
        }

        private Chunked(IPersistentMap meta, PersistentVector vec, Object[] leaf, int i, int end) {
            super(meta, vec, leaf, i, end);
        }

        @Override Chunked at(Object[] leaf, int j) { return new Chunked(null, vec, leaf, j, end); }

        @Override public ArrayChunk chunkedFirst() {
            int from = i & 31;
            return new ArrayChunk(leaf, from, from + Math.min(32 - from, end - i));
        }

        @Override public ISeq chunkedNext() {
            int j = (i | 31) + 1;
            return j < end ? at(vec.leafFor(j), j) : null;
        }


        @Override public Chunked withMeta(IPersistentMap meta) {
            if (meta == meta()) return this;
            return new Chunked(meta, vec, leaf, i, end);
        }
    }
}
