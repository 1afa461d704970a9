package dev.mino.runtime.lang;

import java.util.AbstractCollection;
import java.util.Iterator;

/**
 * Clojure's persistent FIFO queue (clojure.lang.PersistentQueue/EMPTY): conj at the rear, peek/pop at the
 * front. The classic two-part design: a front seq read from its head and a rear vector appended to; when
 * pop empties the front, the rear's seq becomes the new front, so every operation is amortised O(1).
 * Like Clojure's it is a java.util.Collection but not a List, sequential but not a seq.
 */
public final class PersistentQueue extends AbstractCollection<Object>
        implements IPersistentList, Counted, IHashEq, IObj, IReduce {
    public static final PersistentQueue EMPTY = new PersistentQueue(null, 0, null, null);

    private final IPersistentMap meta;
    private final int count;
    private final ISeq front;              // null only when the queue is empty
    private final PersistentVector rear;   // items after front, oldest first; null when none
    private int hash;
    private int hasheq;

    private PersistentQueue(IPersistentMap meta, int count, ISeq front, PersistentVector rear) {
        this.meta = meta;
        this.count = count;
        this.front = front;
        this.rear = rear;
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentQueue withMeta(IPersistentMap meta) {
        return meta == this.meta ? this : new PersistentQueue(meta, count, front, rear);
    }

    @Override public int count() { return count; }
    @Override public int size() { return count; }

    @Override public PersistentQueue cons(Object o) {
        if (front == null) return new PersistentQueue(meta, 1, new PersistentList(o), null);
        PersistentVector r = rear == null ? PersistentVector.EMPTY : rear;
        return new PersistentQueue(meta, count + 1, front, r.cons(o));
    }

    @Override public Object peek() { return front == null ? null : front.first(); }

    /** Popping the empty queue gives it back, as in Clojure (lists throw instead). */
    @Override public PersistentQueue pop() {
        if (front == null) return this;
        ISeq f = front.next();
        PersistentVector r = rear;
        if (f == null) {
            f = r == null ? null : r.seq();
            r = null;
        }
        return new PersistentQueue(meta, count - 1, f, r);
    }

    @Override public PersistentQueue empty() { return EMPTY.withMeta(meta); }

    @Override public ISeq seq() { return front == null ? null : new QueueSeq(null, front, rear == null ? null : rear.seq()); }

    @Override public Iterator<Object> iterator() { return new SeqIterator(seq()); }

    @Override public boolean contains(Object o) {
        for (ISeq s = seq(); s != null; s = s.next()) {
            if (Equality.equiv(s.first(), o)) return true;
        }
        return false;
    }

    @Override public boolean equiv(Object o) { return this == o || Equality.sequentialEquiv(this, o); }
    @Override public boolean equals(Object o) { return this == o || Equality.sequentialEquals(this, o); }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Hashing.javaHashSeq(seq());
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) hasheq = h = Hashing.hashSeq(seq());
        return h;
    }

    @Override public Object reduce(Fn f) { return IReduce.reduceItems(f, iterator()); }
    @Override public Object reduce(Fn f, Object init) { return IReduce.reduceItems(f, init, this); }

    /** Object's toString, as Clojure's queue has no toString of its own (it prints as #object). */
    @Override public String toString() { return "clojure.lang.PersistentQueue@" + Integer.toHexString(hashCode()); }

    /** The queue's items: the front seq, then the rear vector's seq. */
    private static final class QueueSeq extends ASeq {
        private final ISeq f;
        private final ISeq rs;

        QueueSeq(IPersistentMap meta, ISeq f, ISeq rs) {
            super(meta);
            this.f = f;
            this.rs = rs;
        }

        @Override public Object first() { return f.first(); }

        @Override public ISeq next() {
            ISeq f1 = f.next();
            if (f1 == null) return rs;
            return new QueueSeq(null, f1, rs);
        }

        @Override public QueueSeq withMeta(IPersistentMap meta) {
            return meta == meta() ? this : new QueueSeq(meta, f, rs);
        }
    }
}
