package dev.mino.runtime.lang;

import java.util.Arrays;

/**
 * A sparse trie node: bit b of the bitmap is set when slot b (the 5 hash bits at this level) is occupied,
 * and occupied slots are stored in bit order as pairs — [key val] for an entry, [null child] for a
 * subtree. At 16 occupied slots a new key turns the node into an {@link ArrayNode}.
 */
final class BitmapNode extends HamtNode {
    static final BitmapNode EMPTY = new BitmapNode(null, 0, new Object[0]);

    private final EditToken edit;
    private int bitmap;
    private Object[] array;

    BitmapNode(EditToken edit, int bitmap, Object[] array) {
        this.edit = edit;
        this.bitmap = bitmap;
        this.array = array;
    }

    /** A node holding the single entry key -> val at shift. */
    static BitmapNode single(EditToken edit, int shift, int hash, Object key, Object val) {
        return new BitmapNode(edit, bitpos(hash, shift), new Object[] {key, val});
    }

    /** Pair slot of the entry for bit: 2 * (number of lower occupied bits). */
    private int slot(int bit) {
        return 2 * Integer.bitCount(bitmap & (bit - 1));
    }

    @Override Object[] slots() { return array; }
    @Override boolean pairs() { return true; }

    @Override Object get(int shift, int hash, Object key, Object notFound) {
        int bit = bitpos(hash, shift);
        if ((bitmap & bit) == 0) return notFound;
        int i = slot(bit);
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) return ((HamtNode) v).get(shift + 5, hash, key, notFound);
        return Equality.equiv(key, k) ? v : notFound;
    }

    @Override IMapEntry entryAt(int shift, int hash, Object key) {
        int bit = bitpos(hash, shift);
        if ((bitmap & bit) == 0) return null;
        int i = slot(bit);
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) return ((HamtNode) v).entryAt(shift + 5, hash, key);
        return Equality.equiv(key, k) ? new MapEntry(k, v) : null;
    }

    @Override HamtNode assoc(int shift, int hash, Object key, Object val, LeafChange change) {
        int bit = bitpos(hash, shift);
        int i = slot(bit);
        if ((bitmap & bit) != 0) {
            Object k = array[i];
            Object v = array[i + 1];
            if (k == null) {
                HamtNode child = ((HamtNode) v).assoc(shift + 5, hash, key, val, change);
                return child == v ? this : new BitmapNode(null, bitmap, cloneAndSet(array, i + 1, child));
            }
            if (Equality.equiv(key, k)) {
                return val == v ? this : new BitmapNode(null, bitmap, cloneAndSet(array, i + 1, val));
            }
            change.changed = true;
            HamtNode sub = pairNode(null, shift + 5, Hashing.hasheq(k), k, v, hash, key, val);
            return new BitmapNode(null, bitmap, cloneAndSet(array, i, null, i + 1, sub));
        }
        change.changed = true;
        int n = Integer.bitCount(bitmap);
        if (n >= 16) return toArrayNode(null, shift, hash, key, val);
        Object[] a = new Object[2 * (n + 1)];
        System.arraycopy(array, 0, a, 0, i);
        a[i] = key;
        a[i + 1] = val;
        System.arraycopy(array, i, a, i + 2, 2 * n - i);
        return new BitmapNode(null, bitmap | bit, a);
    }

    /** This node's entries and subtrees spread over 32 child slots, plus the new entry. */
    private ArrayNode toArrayNode(EditToken edit, int shift, int hash, Object key, Object val) {
        HamtNode[] nodes = new HamtNode[32];
        nodes[(hash >>> shift) & 31] = single(edit, shift + 5, hash, key, val);
        int j = 0;
        for (int b = 0; b < 32; b++) {
            if (((bitmap >>> b) & 1) != 0) {
                Object k = array[j];
                nodes[b] = k == null ? (HamtNode) array[j + 1] : single(edit, shift + 5, Hashing.hasheq(k), k, array[j + 1]);
                j += 2;
            }
        }
        return new ArrayNode(edit, Integer.bitCount(bitmap) + 1, nodes);
    }

    @Override HamtNode without(int shift, int hash, Object key) {
        int bit = bitpos(hash, shift);
        if ((bitmap & bit) == 0) return this;
        int i = slot(bit);
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) {
            HamtNode child = ((HamtNode) v).without(shift + 5, hash, key);
            if (child == v) return this;
            if (child != null) return new BitmapNode(null, bitmap, cloneAndSet(array, i + 1, child));
        } else if (!Equality.equiv(key, k)) {
            return this;
        }
        if (bitmap == bit) return null;
        return new BitmapNode(null, bitmap ^ bit, removePair(array, Integer.bitCount(bitmap), i));
    }

    // ---- transient edits ----

    /** This node if the transient owns it, else an owned copy with room for one more pair. */
    private BitmapNode owned(EditToken e) {
        if (edit == e) return this;
        int n = Integer.bitCount(bitmap);
        return new BitmapNode(e, bitmap, Arrays.copyOf(array, 2 * (n + 1)));
    }

    private BitmapNode ownedWith(EditToken e, int i, Object x) {
        BitmapNode o = owned(e);
        o.array[i] = x;
        return o;
    }

    @Override HamtNode assoc(EditToken e, int shift, int hash, Object key, Object val, LeafChange change) {
        int bit = bitpos(hash, shift);
        int i = slot(bit);
        if ((bitmap & bit) != 0) {
            Object k = array[i];
            Object v = array[i + 1];
            if (k == null) {
                HamtNode child = ((HamtNode) v).assoc(e, shift + 5, hash, key, val, change);
                return child == v ? this : ownedWith(e, i + 1, child);
            }
            if (Equality.equiv(key, k)) return val == v ? this : ownedWith(e, i + 1, val);
            change.changed = true;
            HamtNode sub = pairNode(e, shift + 5, Hashing.hasheq(k), k, v, hash, key, val);
            BitmapNode o = owned(e);
            o.array[i] = null;
            o.array[i + 1] = sub;
            return o;
        }
        change.changed = true;
        int n = Integer.bitCount(bitmap);
        if (n >= 16) return toArrayNode(e, shift, hash, key, val);
        BitmapNode o = owned(e);
        // grow with spare room so a run of transient inserts does not copy on every key
        if (2 * n + 2 > o.array.length) o.array = Arrays.copyOf(o.array, 2 * (n + 4));
        System.arraycopy(o.array, i, o.array, i + 2, 2 * n - i);
        o.array[i] = key;
        o.array[i + 1] = val;
        o.bitmap |= bit;
        return o;
    }

    @Override HamtNode without(EditToken e, int shift, int hash, Object key, LeafChange change) {
        int bit = bitpos(hash, shift);
        if ((bitmap & bit) == 0) return this;
        int i = slot(bit);
        Object k = array[i];
        Object v = array[i + 1];
        if (k == null) {
            HamtNode child = ((HamtNode) v).without(e, shift + 5, hash, key, change);
            if (child == v) return this;
            if (child != null) return ownedWith(e, i + 1, child);
        } else if (Equality.equiv(key, k)) {
            change.changed = true;
        } else {
            return this;
        }
        if (bitmap == bit) return null;
        BitmapNode o = owned(e);
        o.bitmap ^= bit;
        int len = o.array.length;
        System.arraycopy(o.array, i + 2, o.array, i, len - i - 2);
        o.array[len - 2] = null;
        o.array[len - 1] = null;
        return o;
    }

    @Override Object fold(Fn f, Object acc, FoldMode mode) {
        Object[] a = array;
        for (int i = 0; i < a.length; i += 2) {
            Object k = a[i];
            if (k != null) {
                acc = mode.step(f, acc, k, a[i + 1]);
            } else if (a[i + 1] != null) {
                acc = ((HamtNode) a[i + 1]).fold(f, acc, mode);
            } else {
                continue;
            }
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
