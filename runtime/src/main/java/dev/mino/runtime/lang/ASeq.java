package dev.mino.runtime.lang;

import java.util.Iterator;

/**
 * Base of the seq types. Everything here starts from {@link #seq()}, so lazy and empty seqs (whose seq()
 * is not themselves) reuse it: counting, =, hashing (cached), and the read-only java.util.List view.
 */
public abstract class ASeq implements ISeq, ReadOnlyList, IHashEq, IObj {
    private final IPersistentMap meta;
    private int hash;
    private int hasheq;

    protected ASeq() {
        this.meta = null;
    }

    protected ASeq(IPersistentMap meta) {
        this.meta = meta;
    }

    @Override public IPersistentMap meta() { return meta; }
    @Override public abstract ASeq withMeta(IPersistentMap meta);

    @Override public ISeq seq() { return this; }

    @Override public ISeq more() {
        ISeq n = next();
        return n == null ? PersistentList.EMPTY : n;
    }

    @Override public ISeq cons(Object o) { return new Cons(o, this); }

    @Override public IPersistentCollection empty() { return PersistentList.EMPTY; }

    /**
     * Walks the seq a chunk at a time where it is chunked (noticing future-cancel between chunks),
     * finishing in O(1) at a counted tail.
     */
    @Override public int count() {
        int i = 0;
        for (ISeq s = seq(); s != null; ) {
            if (s != this && s instanceof Counted c) return i + c.count();
            if (s instanceof IChunkedSeq cs) {
                Safepoint.poll();
                i += cs.chunkedFirst().count();
                s = cs.chunkedNext();
            } else {
                Safepoint.pollEvery4096(++i);
                s = s.next();
            }
        }
        return i;
    }

    @Override public boolean equiv(Object o) {
        return this == o || Equality.sequentialEquiv(this, o);
    }

    @Override public boolean equals(Object o) {
        return this == o || Equality.sequentialEquals(this, o);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Hashing.javaHashSeq(seq());
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            h = Hashing.hashSeq(seq());
            hasheq = h;
        }
        return h;
    }

    @Override public int size() { return count(); }
    @Override public Object get(int i) { return Seqs.nth(this, i); }
    @Override public Iterator<Object> iterator() { return new SeqIterator(seq()); }

    @Override public String toString() { return Printing.pr(this); }
}
