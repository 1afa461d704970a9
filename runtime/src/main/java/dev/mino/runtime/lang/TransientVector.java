package dev.mino.runtime.lang;

import java.util.Arrays;

/**
 * (transient v): the same trie as {@link PersistentVector}, edited in place. Nodes carrying this
 * transient's token are owned and mutated directly; any other node is copied (and then owned) on first
 * write. The tail is always a full 32-slot array while transient.
 */
public final class TransientVector implements ITransientVector {
    private final EditToken edit = new EditToken();
    private int count;
    private int shift;
    private VectorNode root;
    private Object[] tail;

    TransientVector(PersistentVector v) {
        this.count = v.count;
        this.shift = v.shift;
        this.root = new VectorNode(edit, v.root.array.clone());
        this.tail = Arrays.copyOf(v.tail, 32);
    }

    private int tailOffset() { return PersistentVector.tailOffset(count); }

    private VectorNode owned(VectorNode node) {
        return node.edit == edit ? node : new VectorNode(edit, node.array.clone());
    }

    private Object[] leafFor(int i) {
        if (i >= tailOffset()) return tail;
        VectorNode node = root;
        for (int level = shift; level > 0; level -= 5) node = (VectorNode) node.array[(i >>> level) & 31];
        return node.array;
    }

    @Override public int count() {
        edit.ensureLive();
        return count;
    }

    @Override public Object nth(int i) {
        edit.ensureLive();
        if (i >= 0 && i < count) return leafFor(i)[i & 31];
        throw new IndexOutOfBoundsException();
    }

    @Override public Object nth(int i, Object notFound) {
        edit.ensureLive();
        return i >= 0 && i < count ? leafFor(i)[i & 31] : notFound;
    }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        edit.ensureLive();
        if (APersistentVector.isIntegerKey(key)) {
            int i = ((Number) key).intValue();
            if (i >= 0 && i < count) return leafFor(i)[i & 31];
        }
        return notFound;
    }

    @Override public TransientVector conj(Object val) {
        edit.ensureLive();
        int i = count;
        if (i - tailOffset() < 32) {
            tail[i & 31] = val;
            count++;
            return this;
        }
        VectorNode tailNode = new VectorNode(edit, tail);
        tail = new Object[32];
        tail[0] = val;
        if ((count >>> 5) > (1 << shift)) {
            VectorNode newRoot = new VectorNode(edit);
            newRoot.array[0] = root;
            newRoot.array[1] = PersistentVector.newPath(edit, shift, tailNode);
            root = newRoot;
            shift += 5;
        } else {
            root = pushTail(shift, root, tailNode);
        }
        count++;
        return this;
    }

    private VectorNode pushTail(int level, VectorNode parent, VectorNode tailNode) {
        VectorNode node = owned(parent);
        int sub = ((count - 1) >>> level) & 31;
        if (level == 5) {
            node.array[sub] = tailNode;
        } else {
            VectorNode child = (VectorNode) node.array[sub];
            node.array[sub] = child != null
                    ? pushTail(level - 5, child, tailNode)
                    : PersistentVector.newPath(edit, level - 5, tailNode);
        }
        return node;
    }

    @Override public TransientVector assocN(int i, Object val) {
        edit.ensureLive();
        if (i >= 0 && i < count) {
            if (i >= tailOffset()) {
                tail[i & 31] = val;
            } else {
                root = assocInTrie(shift, root, i, val);
            }
            return this;
        }
        if (i == count) return conj(val);
        throw new IndexOutOfBoundsException();
    }

    private VectorNode assocInTrie(int level, VectorNode node, int i, Object val) {
        VectorNode owned = owned(node);
        if (level == 0) {
            owned.array[i & 31] = val;
        } else {
            int sub = (i >>> level) & 31;
            owned.array[sub] = assocInTrie(level - 5, (VectorNode) owned.array[sub], i, val);
        }
        return owned;
    }

    @Override public TransientVector assoc(Object key, Object val) {
        if (APersistentVector.isIntegerKey(key)) return assocN(((Number) key).intValue(), val);
        throw new IllegalArgumentException("Key must be integer");
    }

    @Override public TransientVector pop() {
        edit.ensureLive();
        if (count == 0) throw new IllegalStateException("Can't pop empty vector");
        if (count == 1) {
            count = 0;
            tail[0] = null;
            return this;
        }
        int last = count - 1;
        if ((last & 31) > 0) {
            tail[last & 31] = null;
            count--;
            return this;
        }
        Object[] newTail = leafFor(count - 2).clone();
        VectorNode newRoot = popTail(shift, root);
        if (newRoot == null) newRoot = new VectorNode(edit);
        if (shift > 5 && newRoot.array[1] == null) {
            newRoot = owned((VectorNode) newRoot.array[0]);
            shift -= 5;
        }
        root = newRoot;
        tail = newTail;
        count--;
        return this;
    }

    private VectorNode popTail(int level, VectorNode node) {
        VectorNode owned = owned(node);
        int sub = ((count - 2) >>> level) & 31;
        if (level > 5) {
            VectorNode child = popTail(level - 5, (VectorNode) owned.array[sub]);
            if (child == null && sub == 0) return null;
            owned.array[sub] = child;
            return owned;
        }
        if (sub == 0) return null;
        owned.array[sub] = null;
        return owned;
    }

    @Override public PersistentVector persistent() {
        edit.ensureLive();
        edit.retire();
        Object[] trimmed = Arrays.copyOf(tail, count - tailOffset());
        return new PersistentVector(null, count, shift, root, trimmed);
    }
}
