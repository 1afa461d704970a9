package dev.mino.runtime.lang;

/**
 * A node of the hash array mapped trie behind {@link PersistentHashMap}. Each level consumes 5 bits of the
 * key's hasheq, starting with the lowest bits at shift 0. Persistent edits (no token) copy the path they
 * change and return this when nothing changed; transient edits (with the owner's token) mutate owned
 * nodes in place. Removing the last key of a node returns null.
 */
abstract class HamtNode {
    abstract Object get(int shift, int hash, Object key, Object notFound);

    abstract IMapEntry entryAt(int shift, int hash, Object key);

    abstract HamtNode assoc(int shift, int hash, Object key, Object val, LeafChange change);

    abstract HamtNode without(int shift, int hash, Object key);

    abstract HamtNode assoc(EditToken edit, int shift, int hash, Object key, Object val, LeafChange change);

    abstract HamtNode without(EditToken edit, int shift, int hash, Object key, LeafChange change);

    /** Reduces the node's entries in iteration order; a Reduced result is returned as soon as it appears. */
    abstract Object fold(Fn f, Object acc, FoldMode mode);

    /**
     * The node's slots for walking: for a bitmap or collision node, key/value pairs where a null key means
     * the value is a child node (and a null pair is unused capacity); for an array node, child nodes.
     */
    abstract Object[] slots();

    /** Whether {@link #slots()} holds key/value pairs (bitmap, collision) rather than children (array). */
    abstract boolean pairs();

    static int bitpos(int hash, int shift) {
        return 1 << ((hash >>> shift) & 31);
    }

    static Object[] cloneAndSet(Object[] a, int i, Object x) {
        Object[] c = a.clone();
        c[i] = x;
        return c;
    }

    static Object[] cloneAndSet(Object[] a, int i, Object x, int j, Object y) {
        Object[] c = a.clone();
        c[i] = x;
        c[j] = y;
        return c;
    }

    /** A copy of the first n pairs of a without the pair at slot idx. */
    static Object[] removePair(Object[] a, int n, int idx) {
        Object[] c = new Object[2 * (n - 1)];
        System.arraycopy(a, 0, c, 0, idx);
        System.arraycopy(a, idx + 2, c, idx, c.length - idx);
        return c;
    }

    /** The smallest subtree (at shift) holding two distinct keys: nested bitmap nodes, or a collision node. */
    static HamtNode pairNode(EditToken edit, int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2) {
        if (h1 == h2) return new CollisionNode(edit, h1, 2, new Object[] {k1, v1, k2, v2});
        int i1 = (h1 >>> shift) & 31;
        int i2 = (h2 >>> shift) & 31;
        if (i1 == i2) {
            HamtNode child = pairNode(edit, shift + 5, h1, k1, v1, h2, k2, v2);
            return new BitmapNode(edit, 1 << i1, new Object[] {null, child});
        }
        Object[] a = i1 < i2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
        return new BitmapNode(edit, (1 << i1) | (1 << i2), a);
    }
}
