package dev.mino.runtime.printer;

import dev.mino.runtime.lang.ISeq;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The elements of a seq as an iterator that realises the next element only when asked about it, so
 * *print-length* stops infinite seqs.
 */
final class SeqItems implements Iterator<Object> {
    private ISeq s;
    private boolean consumed;

    SeqItems(ISeq s) {
        this.s = s;
    }

    @Override public boolean hasNext() {
        if (consumed) {
            s = s.next();
            consumed = false;
        }
        return s != null;
    }

    @Override public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        consumed = true;
        return s.first();
    }
}
