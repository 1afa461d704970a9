package dev.mino.runtime.lang;

/**
 * An in-order walk of a red-black tree, ascending or descending. The cell holds the stack of nodes still
 * to visit (the current node on top); stepping pushes the leftmost (or rightmost) path of the next subtree.
 */
final class TreeSeq extends ASeq implements Counted {
    /** An immutable stack of nodes. */
    record Path(TreeNode node, Path next) {}

    private final Path stack;
    private final boolean ascending;
    private final boolean keysOnly;
    /** Elements left, or -1 when unknown (a seq started from a key). */
    private final int remaining;

    private TreeSeq(IPersistentMap meta, Path stack, boolean ascending, boolean keysOnly, int remaining) {
        super(meta);
        this.stack = stack;
        this.ascending = ascending;
        this.keysOnly = keysOnly;
        this.remaining = remaining;
    }

    /** The seq of the whole tree (count entries), or null when empty. */
    static TreeSeq create(TreeNode root, boolean ascending, boolean keysOnly, int count) {
        Path p = pushEdge(root, null, ascending);
        return p == null ? null : new TreeSeq(null, p, ascending, keysOnly, count);
    }

    /** Starting at the first node >= key (ascending) or <= key (descending). */
    static TreeSeq from(TreeNode root, Object key, java.util.Comparator<Object> c, boolean ascending, boolean keysOnly) {
        Path p = null;
        for (TreeNode t = root; t != null; ) {
            int cmp = c.compare(key, t.key);
            if (cmp == 0) {
                p = new Path(t, p);
                break;
            }
            if (ascending == cmp < 0) {
                p = new Path(t, p);
                t = ascending ? t.left : t.right;
            } else {
                t = ascending ? t.right : t.left;
            }
        }
        return p == null ? null : new TreeSeq(null, p, ascending, keysOnly, -1);
    }

    private static Path pushEdge(TreeNode t, Path p, boolean ascending) {
        for (; t != null; t = ascending ? t.left : t.right) p = new Path(t, p);
        return p;
    }

    @Override public Object first() {
        TreeNode t = stack.node();
        return keysOnly ? t.key : t;
    }

    @Override public ISeq next() {
        TreeNode t = stack.node();
        Path p = pushEdge(ascending ? t.right : t.left, stack.next(), ascending);
        return p == null ? null : new TreeSeq(null, p, ascending, keysOnly, remaining < 0 ? -1 : remaining - 1);
    }

    @Override public int count() {
        if (remaining >= 0) return remaining;
        int n = 0;
        for (ISeq s = this; s != null; s = s.next()) n++;
        return n;
    }

    @Override public TreeSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new TreeSeq(meta, stack, ascending, keysOnly, remaining);
    }
}
