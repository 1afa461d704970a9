package dev.mino.runtime.lang;

/** (rseq v): an Indexed collection walked from position i down to 0. */
final class IndexedRSeq extends ASeq implements Counted {
    private final Indexed v;
    private final int i;

    IndexedRSeq(Indexed v, int i) {
        this.v = v;
        this.i = i;
    }

    private IndexedRSeq(IPersistentMap meta, Indexed v, int i) {
        super(meta);
        this.v = v;
        this.i = i;
    }

    @Override public Object first() { return v.nth(i); }
    @Override public ISeq next() { return i > 0 ? new IndexedRSeq(v, i - 1) : null; }
    @Override public int count() { return i + 1; }

    @Override public IndexedRSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new IndexedRSeq(meta, v, i);
    }
}
