package dev.mino.runtime.lang;

/** A red-black tree node; it is also the map entry [key val] that sorted-map seqs hand out. */
final class TreeNode extends AMapEntry {
    final Object key;
    final Object val;
    final TreeNode left;
    final TreeNode right;
    final boolean red;

    TreeNode(Object key, Object val, TreeNode left, TreeNode right, boolean red) {
        this.key = key;
        this.val = val;
        this.left = left;
        this.right = right;
        this.red = red;
    }

    @Override public Object key() { return key; }
    @Override public Object val() { return val; }
}
