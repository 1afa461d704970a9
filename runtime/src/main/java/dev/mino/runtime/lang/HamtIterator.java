package dev.mino.runtime.lang;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Iterates a hash trie's entries (or keys) in the same order as {@link HamtSeq}, with an explicit stack of
 * slot arrays. The trie is at most 7 bitmap/array levels plus a collision node deep.
 */
final class HamtIterator implements Iterator<Object> {
    private static final int MAX_DEPTH = 9;

    private final Object[][] slots = new Object[MAX_DEPTH][];
    private final int[] index = new int[MAX_DEPTH];
    private final boolean[] pairs = new boolean[MAX_DEPTH];
    private final boolean keysOnly;
    private int depth;
    private Object[] at;
    private int atIndex = -1;

    HamtIterator(HamtNode root, boolean keysOnly) {
        this.keysOnly = keysOnly;
        if (root != null) push(root);
    }

    private void push(HamtNode node) {
        slots[depth] = node.slots();
        pairs[depth] = node.pairs();
        index[depth] = 0;
        depth++;
    }

    /** Moves to the next entry, leaving it in at/atIndex; false at the end. */
    private boolean advance() {
        while (depth > 0) {
            int top = depth - 1;
            Object[] a = slots[top];
            int i = index[top];
            if (i >= a.length) {
                depth--;
                continue;
            }
            Object child;
            if (pairs[top]) {
                index[top] = i + 2;
                if (a[i] != null) {
                    at = a;
                    atIndex = i;
                    return true;
                }
                child = a[i + 1];
            } else {
                index[top] = i + 1;
                child = a[i];
            }
            if (child != null) push((HamtNode) child);
        }
        return false;
    }

    @Override public boolean hasNext() {
        return atIndex >= 0 || advance();
    }

    @Override public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object[] a = at;
        int i = atIndex;
        atIndex = -1;
        return keysOnly ? a[i] : new MapEntry(a[i], a[i + 1]);
    }
}
