package dev.mino.runtime.lang;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The persistent vector: a 32-way trie of leaves plus a separate tail of up to 32 elements, so conj and
 * pop usually touch only the tail. Element i lives in leaf (i >>> 5), reached through the trie by 5 bits
 * per level from the top (shift) down to 5; the last (count - tailOffset) elements are in the tail.
 */
public final class PersistentVector extends APersistentVector implements IEditableCollection {
    static final VectorNode EMPTY_NODE = new VectorNode(null);
    public static final PersistentVector EMPTY = new PersistentVector(null, 0, 5, EMPTY_NODE, new Object[0]);

    final int count;
    final int shift;
    final VectorNode root;
    final Object[] tail;
    private final IPersistentMap meta;
    private int hash;
    private int hasheq;

    PersistentVector(IPersistentMap meta, int count, int shift, VectorNode root, Object[] tail) {
        this.meta = meta;
        this.count = count;
        this.shift = shift;
        this.root = root;
        this.tail = tail;
    }

    /** A vector of a copy of xs. */
    public static PersistentVector of(Object... xs) {
        return xs.length <= 32 ? adopt(xs.clone()) : fromArray(xs);
    }

    /** A vector that takes ownership of xs (the caller must not modify it afterwards). */
    public static PersistentVector adopt(Object[] xs) {
        if (xs.length == 0) return EMPTY;
        if (xs.length <= 32) return new PersistentVector(null, xs.length, 5, EMPTY_NODE, xs);
        return fromArray(xs);
    }

    private static PersistentVector fromArray(Object[] xs) {
        TransientVector t = EMPTY.asTransient();
        for (Object x : xs) t.conj(x);
        return t.persistent();
    }

    public static PersistentVector fromList(List<?> xs) {
        int n = xs.size();
        if (n <= 32) return adopt(xs.toArray());
        TransientVector t = EMPTY.asTransient();
        for (int i = 0; i < n; i++) t.conj(xs.get(i));
        return t.persistent();
    }

    public static PersistentVector create(Iterable<?> xs) {
        if (xs instanceof List<?> l) return fromList(l);
        TransientVector t = EMPTY.asTransient();
        for (Object x : xs) t.conj(x);
        return t.persistent();
    }

    /** (vec s) of a seq. */
    public static PersistentVector create(ISeq s) {
        TransientVector t = EMPTY.asTransient();
        for (; s != null; s = s.next()) t.conj(s.first());
        return t.persistent();
    }

    /** (subvec v start end); throws IndexOutOfBoundsException unless 0 <= start <= end <= (count v). */
    public static IPersistentVector subvec(IPersistentVector v, int start, int end) {
        return SubVector.create(v, start, end);
    }

    static int tailOffset(int count) {
        return count < 32 ? 0 : ((count - 1) >>> 5) << 5;
    }

    /** The array holding element i: the tail or a trie leaf. i must be in range. */
    Object[] leafFor(int i) {
        if (i >= tailOffset(count)) return tail;
        VectorNode node = root;
        for (int level = shift; level > 0; level -= 5) node = (VectorNode) node.array[(i >>> level) & 31];
        return node.array;
    }

    @Override public int count() { return count; }

    @Override public Object nth(int i) {
        if (i >= 0 && i < count) return leafFor(i)[i & 31];
        throw new IndexOutOfBoundsException();
    }

    @Override public Object nth(int i, Object notFound) {
        return i >= 0 && i < count ? leafFor(i)[i & 31] : notFound;
    }

    @Override public PersistentVector cons(Object val) {
        int tailLen = count - tailOffset(count);
        if (tailLen < 32) {
            Object[] newTail = Arrays.copyOf(tail, tailLen + 1);
            newTail[tailLen] = val;
            return new PersistentVector(meta, count + 1, shift, root, newTail);
        }
        VectorNode tailNode = new VectorNode(null, tail);
        VectorNode newRoot;
        int newShift = shift;
        if ((count >>> 5) > (1 << shift)) {
            newRoot = new VectorNode(null);
            newRoot.array[0] = root;
            newRoot.array[1] = newPath(shift, tailNode);
            newShift += 5;
        } else {
            newRoot = pushTail(shift, root, tailNode);
        }
        return new PersistentVector(meta, count + 1, newShift, newRoot, new Object[] {val});
    }

    /** Copies the path to the rightmost leaf slot and hangs the full tail there. */
    private VectorNode pushTail(int level, VectorNode parent, VectorNode tailNode) {
        int sub = ((count - 1) >>> level) & 31;
        VectorNode copy = new VectorNode(null, parent.array.clone());
        VectorNode child;
        if (level == 5) {
            child = tailNode;
        } else {
            VectorNode existing = (VectorNode) parent.array[sub];
            child = existing != null ? pushTail(level - 5, existing, tailNode) : newPath(level - 5, tailNode);
        }
        copy.array[sub] = child;
        return copy;
    }

    /** A chain of single-child branch nodes from level down to the given leaf. */
    static VectorNode newPath(EditToken edit, int level, VectorNode leaf) {
        VectorNode node = leaf;
        for (int l = level; l > 0; l -= 5) {
            VectorNode parent = new VectorNode(edit);
            parent.array[0] = node;
            node = parent;
        }
        return node;
    }

    private static VectorNode newPath(int level, VectorNode leaf) {
        return newPath(null, level, leaf);
    }

    @Override public PersistentVector assocN(int i, Object val) {
        if (i >= 0 && i < count) {
            if (i >= tailOffset(count)) {
                Object[] newTail = tail.clone();
                newTail[i & 31] = val;
                return new PersistentVector(meta, count, shift, root, newTail);
            }
            return new PersistentVector(meta, count, shift, assocInTrie(shift, root, i, val), tail);
        }
        if (i == count) return cons(val);
        throw new IndexOutOfBoundsException();
    }

    private static VectorNode assocInTrie(int level, VectorNode node, int i, Object val) {
        VectorNode copy = new VectorNode(null, node.array.clone());
        if (level == 0) {
            copy.array[i & 31] = val;
        } else {
            int sub = (i >>> level) & 31;
            copy.array[sub] = assocInTrie(level - 5, (VectorNode) node.array[sub], i, val);
        }
        return copy;
    }

    @Override public PersistentVector pop() {
        if (count == 0) throw new IllegalStateException("Can't pop empty vector");
        if (count == 1) return EMPTY.withMeta(meta);
        if (count - tailOffset(count) > 1) {
            return new PersistentVector(meta, count - 1, shift, root, Arrays.copyOf(tail, tail.length - 1));
        }
        Object[] newTail = leafFor(count - 2);
        VectorNode newRoot = popTail(shift, root);
        int newShift = shift;
        if (newRoot == null) newRoot = EMPTY_NODE;
        if (shift > 5 && newRoot.array[1] == null) {
            newRoot = (VectorNode) newRoot.array[0];
            newShift -= 5;
        }
        return new PersistentVector(meta, count - 1, newShift, newRoot, newTail);
    }

    /** Removes the rightmost leaf; null when the node ends up empty. */
    private VectorNode popTail(int level, VectorNode node) {
        int sub = ((count - 2) >>> level) & 31;
        if (level > 5) {
            VectorNode child = popTail(level - 5, (VectorNode) node.array[sub]);
            if (child == null && sub == 0) return null;
            VectorNode copy = new VectorNode(null, node.array.clone());
            copy.array[sub] = child;
            return copy;
        }
        if (sub == 0) return null;
        VectorNode copy = new VectorNode(null, node.array.clone());
        copy.array[sub] = null;
        return copy;
    }

    @Override public ISeq seq() {
        return count == 0 ? null : new VectorSeq.Chunked(this, count);
    }

    @Override public PersistentVector empty() { return EMPTY.withMeta(meta); }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentVector withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentVector(meta, count, shift, root, tail);
    }

    @Override public TransientVector asTransient() { return new TransientVector(this); }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = computeHashCode();
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            h = 1;
            for (int i = 0; i < count; i += 32) {
                Object[] leaf = leafFor(i);
                for (int j = 0, n = Math.min(32, count - i); j < n; j++) h = 31 * h + Hashing.hasheq(leaf[j]);
            }
            h = Murmur3.mixCollHash(h, count);
            hasheq = h;
        }
        return h;
    }

    @Override public Object reduce(Fn f) {
        if (count == 0) return f.invoke();
        return reduceFrom(f, leafFor(0)[0], 1, count);
    }

    @Override public Object reduce(Fn f, Object init) {
        return reduceFrom(f, init, 0, count);
    }

    /** Reduces elements [from, to) leaf by leaf. */
    Object reduceFrom(Fn f, Object acc, int from, int to) {
        int i = from;
        while (i < to) {
            Object[] leaf = leafFor(i);
            int end = Math.min(to, (i & ~31) + 32);
            for (int j = i & 31; i < end; i++, j++) {
                acc = f.invoke(acc, leaf[j]);
                if (acc instanceof Reduced) return acc;
            }
        }
        return acc;
    }

    @Override public Object kvreduce(Fn f, Object init) {
        Object acc = init;
        for (int i = 0; i < count; i += 32) {
            Object[] leaf = leafFor(i);
            for (int j = 0, n = Math.min(32, count - i); j < n; j++) {
                acc = f.invoke(acc, (long) (i + j), leaf[j]);
                if (acc instanceof Reduced r) return r.deref();
            }
        }
        return acc;
    }

    @Override public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int i;
            private Object[] leaf = count > 0 ? leafFor(0) : null;

            @Override public boolean hasNext() { return i < count; }

            @Override public Object next() {
                if (i >= count) throw new NoSuchElementException();
                if (i > 0 && (i & 31) == 0) leaf = leafFor(i);
                return leaf[i++ & 31];
            }
        };
    }
}
