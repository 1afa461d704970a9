package dev.mino.runtime.lang;

import java.util.Arrays;

/**
 * Keys whose whole 32-bit hasheq is equal, kept as pairs in insertion order and matched with =. A key with
 * a different hash arriving here pushes this node one level down under a new bitmap node.
 */
final class CollisionNode extends HamtNode {
    private final EditToken edit;
    private final int hash;
    private int count;
    private Object[] array;

    CollisionNode(EditToken edit, int hash, int count, Object[] array) {
        this.edit = edit;
        this.hash = hash;
        this.count = count;
        this.array = array;
    }

    @Override Object[] slots() { return array; }
    @Override boolean pairs() { return true; }

    private int indexOf(Object key) {
        for (int i = 0; i < 2 * count; i += 2) {
            if (Equality.equiv(key, array[i])) return i;
        }
        return -1;
    }

    @Override Object get(int shift, int hash, Object key, Object notFound) {
        int i = indexOf(key);
        return i < 0 ? notFound : array[i + 1];
    }

    @Override IMapEntry entryAt(int shift, int hash, Object key) {
        int i = indexOf(key);
        return i < 0 ? null : new MapEntry(array[i], array[i + 1]);
    }

    @Override HamtNode assoc(int shift, int h, Object key, Object val, LeafChange change) {
        if (h != hash) {
            BitmapNode parent = new BitmapNode(null, bitpos(hash, shift), new Object[] {null, this});
            return parent.assoc(shift, h, key, val, change);
        }
        int i = indexOf(key);
        if (i >= 0) {
            return array[i + 1] == val ? this : new CollisionNode(null, hash, count, cloneAndSet(array, i + 1, val));
        }
        Object[] a = Arrays.copyOf(array, 2 * (count + 1));
        a[2 * count] = key;
        a[2 * count + 1] = val;
        change.changed = true;
        return new CollisionNode(null, hash, count + 1, a);
    }

    @Override HamtNode without(int shift, int h, Object key) {
        int i = indexOf(key);
        if (i < 0) return this;
        if (count == 1) return null;
        return new CollisionNode(null, hash, count - 1, removePair(array, count, i));
    }

    private CollisionNode owned(EditToken e) {
        if (edit == e) return this;
        return new CollisionNode(e, hash, count, Arrays.copyOf(array, 2 * (count + 1)));
    }

    @Override HamtNode assoc(EditToken e, int shift, int h, Object key, Object val, LeafChange change) {
        if (h != hash) {
            BitmapNode parent = new BitmapNode(e, bitpos(hash, shift), new Object[] {null, this, null, null});
            return parent.assoc(e, shift, h, key, val, change);
        }
        int i = indexOf(key);
        if (i >= 0) {
            if (array[i + 1] == val) return this;
            CollisionNode o = owned(e);
            o.array[i + 1] = val;
            return o;
        }
        CollisionNode o = owned(e);
        if (o.array.length < 2 * (o.count + 1)) o.array = Arrays.copyOf(o.array, 2 * (o.count + 1));
        o.array[2 * o.count] = key;
        o.array[2 * o.count + 1] = val;
        o.count++;
        change.changed = true;
        return o;
    }

    /** Clojure's transient removal moves the last pair into the hole; matching it keeps printed order equal. */
    @Override HamtNode without(EditToken e, int shift, int h, Object key, LeafChange change) {
        int i = indexOf(key);
        if (i < 0) return this;
        change.changed = true;
        if (count == 1) return null;
        CollisionNode o = owned(e);
        int last = 2 * (o.count - 1);
        o.array[i] = o.array[last];
        o.array[i + 1] = o.array[last + 1];
        o.array[last] = null;
        o.array[last + 1] = null;
        o.count--;
        return o;
    }

    @Override Object fold(Fn f, Object acc, FoldMode mode) {
        for (int i = 0; i < 2 * count; i += 2) {
            acc = mode.step(f, acc, array[i], array[i + 1]);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
