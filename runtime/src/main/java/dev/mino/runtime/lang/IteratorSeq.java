package dev.mino.runtime.lang;

import java.util.Iterator;

/**
 * A persistent seq over a Java iterator (seq of a java.util collection). Each cell reads the iterator at
 * most once, under its lock, so the seq can be walked any number of times.
 */
final class IteratorSeq extends ASeq {
    private final Object first;
    private final Iterator<?> it;
    private boolean restRead;
    private ISeq rest;

    private IteratorSeq(IPersistentMap meta, Object first, Iterator<?> it) {
        super(meta);
        this.first = first;
        this.it = it;
    }

    /** The seq of the iterator's remaining elements, or null if it has none. */
    static IteratorSeq create(Iterator<?> it) {
        return it.hasNext() ? new IteratorSeq(null, it.next(), it) : null;
    }

    @Override public Object first() { return first; }

    @Override public synchronized ISeq next() {
        if (!restRead) {
            rest = create(it);
            restRead = true;
        }
        return rest;
    }

    @Override public IteratorSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        IteratorSeq copy = new IteratorSeq(meta, first, it);
        copy.rest = next();
        copy.restRead = true;
        return copy;
    }
}
