package dev.mino.runtime.lang;

/** A first element in front of any seq (cons x coll); not counted, so count walks the tail. */
public final class Cons extends ASeq {
    private final Object first;
    private final ISeq more;

    /** more may be null, meaning the seq ends after first. */
    public Cons(Object first, ISeq more) {
        this.first = first;
        this.more = more;
    }

    private Cons(IPersistentMap meta, Object first, ISeq more) {
        super(meta);
        this.first = first;
        this.more = more;
    }

    @Override public Object first() { return first; }
    @Override public ISeq next() { return more == null ? null : more.seq(); }
    @Override public ISeq more() { return more == null ? PersistentList.EMPTY : more; }

    @Override public Cons withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Cons(meta, first, more);
    }
}
