package dev.mino.runtime.lang;

/**
 * A dense trie node: 32 child slots indexed directly by the 5 hash bits, each a subtree or empty. It is
 * packed back into a {@link BitmapNode} when a removal leaves 8 or fewer children.
 */
final class ArrayNode extends HamtNode {
    private final EditToken edit;
    private int count;
    private final HamtNode[] array;

    ArrayNode(EditToken edit, int count, HamtNode[] array) {
        this.edit = edit;
        this.count = count;
        this.array = array;
    }

    @Override Object[] slots() { return array; }
    @Override boolean pairs() { return false; }

    @Override Object get(int shift, int hash, Object key, Object notFound) {
        HamtNode child = array[(hash >>> shift) & 31];
        return child == null ? notFound : child.get(shift + 5, hash, key, notFound);
    }

    @Override IMapEntry entryAt(int shift, int hash, Object key) {
        HamtNode child = array[(hash >>> shift) & 31];
        return child == null ? null : child.entryAt(shift + 5, hash, key);
    }

    private static HamtNode[] cloneAndSet(HamtNode[] a, int i, HamtNode x) {
        HamtNode[] c = a.clone();
        c[i] = x;
        return c;
    }

    @Override HamtNode assoc(int shift, int hash, Object key, Object val, LeafChange change) {
        int i = (hash >>> shift) & 31;
        HamtNode child = array[i];
        if (child == null) {
            change.changed = true;
            return new ArrayNode(null, count + 1, cloneAndSet(array, i, BitmapNode.single(null, shift + 5, hash, key, val)));
        }
        HamtNode n = child.assoc(shift + 5, hash, key, val, change);
        return n == child ? this : new ArrayNode(null, count, cloneAndSet(array, i, n));
    }

    @Override HamtNode without(int shift, int hash, Object key) {
        int i = (hash >>> shift) & 31;
        HamtNode child = array[i];
        if (child == null) return this;
        HamtNode n = child.without(shift + 5, hash, key);
        if (n == child) return this;
        if (n != null) return new ArrayNode(null, count, cloneAndSet(array, i, n));
        if (count <= 8) return pack(null, i);
        return new ArrayNode(null, count - 1, cloneAndSet(array, i, null));
    }

    /** The remaining children (all but slot gone) as subtrees of a bitmap node. */
    private BitmapNode pack(EditToken e, int gone) {
        Object[] a = new Object[2 * (count - 1)];
        int bitmap = 0;
        int j = 1;
        for (int i = 0; i < 32; i++) {
            if (i != gone && array[i] != null) {
                a[j] = array[i];
                bitmap |= 1 << i;
                j += 2;
            }
        }
        return new BitmapNode(e, bitmap, a);
    }

    private ArrayNode owned(EditToken e) {
        return edit == e ? this : new ArrayNode(e, count, array.clone());
    }

    @Override HamtNode assoc(EditToken e, int shift, int hash, Object key, Object val, LeafChange change) {
        int i = (hash >>> shift) & 31;
        HamtNode child = array[i];
        if (child == null) {
            ArrayNode o = owned(e);
            o.array[i] = BitmapNode.single(e, shift + 5, hash, key, val);
            o.count++;
            change.changed = true;
            return o;
        }
        HamtNode n = child.assoc(e, shift + 5, hash, key, val, change);
        if (n == child) return this;
        ArrayNode o = owned(e);
        o.array[i] = n;
        return o;
    }

    @Override HamtNode without(EditToken e, int shift, int hash, Object key, LeafChange change) {
        int i = (hash >>> shift) & 31;
        HamtNode child = array[i];
        if (child == null) return this;
        HamtNode n = child.without(e, shift + 5, hash, key, change);
        if (n == child) return this;
        if (n == null && count <= 8) return pack(e, i);
        ArrayNode o = owned(e);
        o.array[i] = n;
        if (n == null) o.count--;
        return o;
    }

    @Override Object fold(Fn f, Object acc, FoldMode mode) {
        for (HamtNode child : array) {
            if (child != null) {
                acc = child.fold(f, acc, mode);
                if (acc instanceof Reduced) return acc;
            }
        }
        return acc;
    }
}
