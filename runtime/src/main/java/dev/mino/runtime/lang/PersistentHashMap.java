package dev.mino.runtime.lang;

import java.util.Iterator;

/**
 * The persistent hash map: a hash array mapped trie keyed by hasheq with the same node layout as Clojure,
 * so entries come out (and print) in the same order. The nil key lives beside the trie and comes first.
 */
public final class PersistentHashMap extends APersistentMap implements IEditableCollection {
    public static final PersistentHashMap EMPTY = new PersistentHashMap(null, 0, null, false, null);

    private final int count;
    private final HamtNode root;
    private final boolean hasNull;
    private final Object nullValue;
    private final IPersistentMap meta;

    PersistentHashMap(IPersistentMap meta, int count, HamtNode root, boolean hasNull, Object nullValue) {
        this.meta = meta;
        this.count = count;
        this.root = root;
        this.hasNull = hasNull;
        this.nullValue = nullValue;
    }

    /** (hash-map k v ...): later values win for repeated keys. */
    public static PersistentHashMap create(Object... kvs) {
        return createWithMeta(null, kvs);
    }

    /** A hash map of kvs with the given metadata. */
    static PersistentHashMap createWithMeta(IPersistentMap meta, Object[] kvs) {
        if ((kvs.length & 1) == 1) {
            throw new IllegalArgumentException("No value supplied for key: " + kvs[kvs.length - 1]);
        }
        TransientHashMap t = new TransientHashMap(EMPTY);
        for (int i = 0; i < kvs.length; i += 2) t.assoc(kvs[i], kvs[i + 1]);
        return t.persistent().withMeta(meta);
    }

    /** Like {@link #create(Object...)} but throws IllegalArgumentException("Duplicate key: k") on a repeat. */
    public static PersistentHashMap createWithCheck(Object[] kvs) {
        if ((kvs.length & 1) == 1) {
            throw new IllegalArgumentException("No value supplied for key: " + kvs[kvs.length - 1]);
        }
        TransientHashMap t = new TransientHashMap(EMPTY);
        for (int i = 0; i < kvs.length; i += 2) {
            int before = t.count();
            t.assoc(kvs[i], kvs[i + 1]);
            if (t.count() == before) throw new IllegalArgumentException("Duplicate key: " + kvs[i]);
        }
        return t.persistent();
    }

    /** A transient hash map holding the first len slots of kvs (an array map growing past its limit). */
    static TransientHashMap createTransient(Object[] kvs, int len) {
        TransientHashMap t = new TransientHashMap(EMPTY);
        for (int i = 0; i < len; i += 2) t.assoc(kvs[i], kvs[i + 1]);
        return t;
    }

    HamtNode root() { return root; }
    boolean hasNull() { return hasNull; }
    Object nullValue() { return nullValue; }

    @Override public int count() { return count; }

    @Override public Object valAt(Object key, Object notFound) {
        if (key == null) return hasNull ? nullValue : notFound;
        return root == null ? notFound : root.get(0, Hashing.hasheq(key), key, notFound);
    }

    @Override public IMapEntry entryAt(Object key) {
        if (key == null) return hasNull ? new MapEntry(null, nullValue) : null;
        return root == null ? null : root.entryAt(0, Hashing.hasheq(key), key);
    }

    @Override public PersistentHashMap assoc(Object key, Object val) {
        if (key == null) {
            if (hasNull && val == nullValue) return this;
            return new PersistentHashMap(meta, hasNull ? count : count + 1, root, true, val);
        }
        LeafChange change = new LeafChange();
        HamtNode start = root == null ? BitmapNode.EMPTY : root;
        HamtNode newRoot = start.assoc(0, Hashing.hasheq(key), key, val, change);
        if (newRoot == start) return this;
        return new PersistentHashMap(meta, change.changed ? count + 1 : count, newRoot, hasNull, nullValue);
    }

    @Override public PersistentHashMap without(Object key) {
        if (key == null) return hasNull ? new PersistentHashMap(meta, count - 1, root, false, null) : this;
        if (root == null) return this;
        HamtNode newRoot = root.without(0, Hashing.hasheq(key), key);
        if (newRoot == root) return this;
        return new PersistentHashMap(meta, count - 1, newRoot, hasNull, nullValue);
    }

    @Override public PersistentHashMap empty() { return EMPTY.withMeta(meta); }

    @Override public ISeq seq() {
        ISeq s = HamtSeq.create(root, false);
        return hasNull ? new Cons(new MapEntry(null, nullValue), s) : s;
    }

    /** The seq of the keys (nil first when present), in entry order. */
    ISeq keySeq() {
        ISeq s = HamtSeq.create(root, true);
        return hasNull ? new Cons(null, s) : s;
    }

    @Override public Iterator<Object> iterator() { return iterator(false); }

    Iterator<Object> iterator(boolean keysOnly) {
        HamtIterator trie = new HamtIterator(root, keysOnly);
        if (!hasNull) return trie;
        return new Iterator<>() {
            private boolean nullSeen;

            @Override public boolean hasNext() { return !nullSeen || trie.hasNext(); }

            @Override public Object next() {
                if (nullSeen) return trie.next();
                nullSeen = true;
                return keysOnly ? null : new MapEntry(null, nullValue);
            }
        };
    }

    /** Reduces over entries, keys or key/vals; a Reduced result is returned as is. */
    Object fold(Fn f, Object init, FoldMode mode) {
        Object acc = init;
        if (hasNull) {
            acc = mode.step(f, acc, null, nullValue);
            if (acc instanceof Reduced) return acc;
        }
        return root == null ? acc : root.fold(f, acc, mode);
    }

    @Override public Object kvreduce(Fn f, Object init) {
        return Seqs.unreduced(fold(f, init, FoldMode.KEY_VALS));
    }
    @Override public Object reduce(Fn f, Object init) { return fold(f, init, FoldMode.ENTRIES); }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentHashMap withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentHashMap(meta, count, root, hasNull, nullValue);
    }

    @Override public TransientHashMap asTransient() { return new TransientHashMap(this); }
}
