package dev.mino.runtime.lang;

/** (transient hash-map): trie edits in place on nodes owned by this transient's token. */
final class TransientHashMap extends ATransientMap {
    private final EditToken edit = new EditToken();
    private final LeafChange change = new LeafChange();
    private HamtNode root;
    private int count;
    private boolean hasNull;
    private Object nullValue;

    TransientHashMap(PersistentHashMap m) {
        this.root = m.root();
        this.count = m.count();
        this.hasNull = m.hasNull();
        this.nullValue = m.nullValue();
    }

    @Override public int count() {
        edit.ensureLive();
        return count;
    }

    @Override public Object valAt(Object key, Object notFound) {
        edit.ensureLive();
        if (key == null) return hasNull ? nullValue : notFound;
        return root == null ? notFound : root.get(0, Hashing.hasheq(key), key, notFound);
    }

    @Override public TransientHashMap assoc(Object key, Object val) {
        edit.ensureLive();
        if (key == null) {
            if (!hasNull) count++;
            hasNull = true;
            nullValue = val;
            return this;
        }
        change.changed = false;
        HamtNode start = root == null ? BitmapNode.EMPTY : root;
        root = start.assoc(edit, 0, Hashing.hasheq(key), key, val, change);
        if (change.changed) count++;
        return this;
    }

    @Override public TransientHashMap without(Object key) {
        edit.ensureLive();
        if (key == null) {
            if (hasNull) count--;
            hasNull = false;
            nullValue = null;
            return this;
        }
        if (root == null) return this;
        change.changed = false;
        root = root.without(edit, 0, Hashing.hasheq(key), key, change);
        if (change.changed) count--;
        return this;
    }

    @Override public PersistentHashMap persistent() {
        edit.ensureLive();
        edit.retire();
        return new PersistentHashMap(null, count, root, hasNull, nullValue);
    }
}
