package dev.mino.runtime.lang;

/** The seq of any Indexed collection from position i (subvectors, map entries). */
final class IndexedSeq extends ASeq implements Counted, IReduce {
    private final Indexed v;
    private final int i;

    IndexedSeq(Indexed v, int i) {
        this.v = v;
        this.i = i;
    }

    private IndexedSeq(IPersistentMap meta, Indexed v, int i) {
        super(meta);
        this.v = v;
        this.i = i;
    }

    @Override public Object first() { return v.nth(i); }
    @Override public ISeq next() { return i + 1 < v.count() ? new IndexedSeq(v, i + 1) : null; }
    @Override public int count() { return v.count() - i; }

    @Override public IndexedSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new IndexedSeq(meta, v, i);
    }

    @Override public Object reduce(Fn f) {
        Object acc = v.nth(i);
        for (int j = i + 1, n = v.count(); j < n; j++) {
            acc = f.invoke(acc, v.nth(j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int j = i, n = v.count(); j < n; j++) {
            acc = f.invoke(acc, v.nth(j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
