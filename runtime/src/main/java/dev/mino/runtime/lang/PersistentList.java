package dev.mino.runtime.lang;

import java.util.List;

/**
 * The counted cons list: '(1 2 3), list, conj onto a list. {@link #EMPTY} is the empty list (), a seq
 * whose seq() is nil; an empty list is any instance with count 0 (it may carry metadata).
 */
public final class PersistentList extends ASeq implements IPersistentList, IReduce, Counted {
    public static final PersistentList EMPTY = new PersistentList(null, null, null, 0);

    private final Object first;
    private final PersistentList rest;
    private final int count;

    private PersistentList(IPersistentMap meta, Object first, PersistentList rest, int count) {
        super(meta);
        this.first = first;
        this.rest = rest;
        this.count = count;
    }

    /** The one-element list (x). */
    public PersistentList(Object x) {
        this(null, x, EMPTY, 1);
    }

    /** A list of xs in order. */
    public static PersistentList create(Object[] xs) {
        PersistentList l = EMPTY;
        for (int i = xs.length - 1; i >= 0; i--) l = l.cons(xs[i]);
        return l;
    }

    public static PersistentList create(List<?> xs) {
        PersistentList l = EMPTY;
        for (int i = xs.size() - 1; i >= 0; i--) l = l.cons(xs.get(i));
        return l;
    }

    @Override public ISeq seq() { return count == 0 ? null : this; }
    @Override public Object first() { return first; }
    @Override public ISeq next() { return count <= 1 ? null : rest; }
    @Override public ISeq more() { return count <= 1 ? EMPTY : rest; }
    @Override public int count() { return count; }

    @Override public PersistentList cons(Object o) {
        return new PersistentList(meta(), o, this, count + 1);
    }

    @Override public Object peek() { return first; }

    @Override public IPersistentStack pop() {
        if (count == 0) throw new IllegalStateException("Can't pop empty list");
        if (count == 1) return EMPTY.withMeta(meta());
        return rest;
    }

    @Override public PersistentList empty() { return EMPTY.withMeta(meta()); }

    @Override public PersistentList withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new PersistentList(meta, first, rest, count);
    }

    @Override public Object reduce(Fn f) {
        if (count == 0) return f.invoke();
        Object acc = first;
        for (PersistentList l = rest; l.count > 0; l = l.rest) {
            acc = f.invoke(acc, l.first);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (PersistentList l = this; l.count > 0; l = l.rest) {
            acc = f.invoke(acc, l.first);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
