package dev.mino.runtime.lang;

import java.util.Comparator;
import java.util.Iterator;

/** (sorted-map ...) / (sorted-map-by cmp ...): a persistent red-black tree ordered by a comparator. */
public final class PersistentTreeMap extends APersistentMap implements Sorted, Reversible {
    public static final PersistentTreeMap EMPTY = new PersistentTreeMap(null, DefaultComparator.INSTANCE, null, 0);

    private final Comparator<Object> comparator;
    private final TreeNode tree;
    private final int count;
    private final IPersistentMap meta;

    private PersistentTreeMap(IPersistentMap meta, Comparator<Object> comparator, TreeNode tree, int count) {
        this.meta = meta;
        this.comparator = comparator;
        this.tree = tree;
        this.count = count;
    }

    /** An empty sorted map ordered by c. */
    public PersistentTreeMap(Comparator<Object> c) {
        this(null, c, null, 0);
    }

    /** (sorted-map k v ...) with Clojure's compare. */
    public static PersistentTreeMap create(Object... kvs) {
        return createBy(DefaultComparator.INSTANCE, kvs);
    }

    /**
     * (sorted-map-by c k v ...): later values win for repeated keys. Named apart from create: a fn or keyword is a
     * Comparator to Java, and create(kw, v) must not take the key for the order.
     */
    public static PersistentTreeMap createBy(Comparator<Object> c, Object... kvs) {
        if ((kvs.length & 1) == 1) {
            throw new IllegalArgumentException("No value supplied for key: " + kvs[kvs.length - 1]);
        }
        PersistentTreeMap m = new PersistentTreeMap(c);
        for (int i = 0; i < kvs.length; i += 2) m = m.assoc(kvs[i], kvs[i + 1]);
        return m;
    }

    @Override public int count() { return count; }

    @Override public Object valAt(Object key, Object notFound) {
        TreeNode t = RedBlackTree.find(tree, key, comparator);
        return t == null ? notFound : t.val;
    }

    @Override public boolean containsKey(Object key) {
        return RedBlackTree.find(tree, key, comparator) != null;
    }

    @Override public IMapEntry entryAt(Object key) {
        return RedBlackTree.find(tree, key, comparator);
    }

    @Override public PersistentTreeMap assoc(Object key, Object val) {
        TreeNode found = RedBlackTree.find(tree, key, comparator);
        if (found == null) {
            return new PersistentTreeMap(meta, comparator, RedBlackTree.insert(tree, key, val, comparator), count + 1);
        }
        if (found.val == val) return this;
        return new PersistentTreeMap(meta, comparator, RedBlackTree.replace(tree, key, val, comparator), count);
    }

    @Override public PersistentTreeMap without(Object key) {
        if (RedBlackTree.find(tree, key, comparator) == null) return this;
        return new PersistentTreeMap(meta, comparator, RedBlackTree.delete(tree, key, comparator), count - 1);
    }

    @Override public PersistentTreeMap empty() {
        return new PersistentTreeMap(meta, comparator, null, 0);
    }

    @Override public ISeq seq() { return seq(true); }
    @Override public ISeq rseq() { return seq(false); }

    @Override public ISeq seq(boolean ascending) {
        return TreeSeq.create(tree, ascending, false, count);
    }

    @Override public ISeq seqFrom(Object key, boolean ascending) {
        return TreeSeq.from(tree, key, comparator, ascending, false);
    }

    ISeq keySeq(boolean ascending) {
        return TreeSeq.create(tree, ascending, true, count);
    }

    ISeq keySeqFrom(Object key, boolean ascending) {
        return TreeSeq.from(tree, key, comparator, ascending, true);
    }

    @Override public Object entryKey(Object entry) { return ((IMapEntry) entry).key(); }
    @Override public Comparator<Object> comparator() { return comparator; }

    @Override public Iterator<Object> iterator() { return new SeqIterator(seq()); }

    Iterator<Object> keyIterator() { return new SeqIterator(keySeq(true)); }

    @Override public Object kvreduce(Fn f, Object init) {
        return Seqs.unreduced(fold(tree, f, init, FoldMode.KEY_VALS));
    }
    @Override public Object reduce(Fn f, Object init) { return fold(tree, f, init, FoldMode.ENTRIES); }

    /** In-order reduction; a Reduced result is returned as soon as it appears. */
    static Object fold(TreeNode t, Fn f, Object acc, FoldMode mode) {
        while (t != null) {
            if (t.left != null) {
                acc = fold(t.left, f, acc, mode);
                if (acc instanceof Reduced) return acc;
            }
            acc = mode == FoldMode.ENTRIES ? f.invoke(acc, t) : mode.step(f, acc, t.key, t.val);
            if (acc instanceof Reduced) return acc;
            t = t.right;
        }
        return acc;
    }

    TreeNode tree() { return tree; }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PersistentTreeMap withMeta(IPersistentMap meta) {
        if (meta == this.meta) return this;
        return new PersistentTreeMap(meta, comparator, tree, count);
    }
}
