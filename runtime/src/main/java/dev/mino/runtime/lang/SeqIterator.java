package dev.mino.runtime.lang;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Iterates a seq by first/next (realising lazy seqs as it goes). */
final class SeqIterator implements Iterator<Object> {
    private ISeq s;

    SeqIterator(ISeq s) { this.s = s; }

    @Override public boolean hasNext() { return s != null; }

    @Override public Object next() {
        if (s == null) throw new NoSuchElementException();
        Object x = s.first();
        s = s.next();
        return x;
    }
}
