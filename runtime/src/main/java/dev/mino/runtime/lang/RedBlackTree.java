package dev.mino.runtime.lang;

import java.util.Comparator;

/**
 * Persistent red-black tree operations on {@link TreeNode}s: insertion with local rebalancing and deletion
 * after Kahrs ("Red-black trees with types", JFP 2001). Each edit rebuilds only the search path.
 * Invariants: no red node has a red child; every root-to-leaf path has the same number of black nodes.
 */
final class RedBlackTree {
    private RedBlackTree() {}

    static TreeNode find(TreeNode t, Object key, Comparator<Object> c) {
        while (t != null) {
            int cmp = c.compare(key, t.key);
            if (cmp == 0) return t;
            t = cmp < 0 ? t.left : t.right;
        }
        return null;
    }

    /** t with key added (key must be absent). */
    static TreeNode insert(TreeNode t, Object key, Object val, Comparator<Object> c) {
        return blacken(ins(t, key, val, c));
    }

    private static TreeNode ins(TreeNode t, Object key, Object val, Comparator<Object> c) {
        if (t == null) return new TreeNode(key, val, null, null, true);
        int cmp = c.compare(key, t.key);
        if (cmp == 0) return new TreeNode(t.key, val, t.left, t.right, t.red);
        if (cmp < 0) {
            TreeNode l = ins(t.left, key, val, c);
            return t.red ? node(t, l, t.right, true) : balance(l, t, t.right);
        }
        TreeNode r = ins(t.right, key, val, c);
        return t.red ? node(t, t.left, r, true) : balance(t.left, t, r);
    }

    /** t with the value of the existing key replaced; shape and colours are unchanged. */
    static TreeNode replace(TreeNode t, Object key, Object val, Comparator<Object> c) {
        int cmp = c.compare(key, t.key);
        if (cmp == 0) return new TreeNode(t.key, val, t.left, t.right, t.red);
        if (cmp < 0) return new TreeNode(t.key, t.val, replace(t.left, key, val, c), t.right, t.red);
        return new TreeNode(t.key, t.val, t.left, replace(t.right, key, val, c), t.red);
    }

    /** t without key (key must be present). */
    static TreeNode delete(TreeNode t, Object key, Comparator<Object> c) {
        return blacken(del(t, key, c));
    }

    private static TreeNode del(TreeNode t, Object key, Comparator<Object> c) {
        if (t == null) return null;
        int cmp = c.compare(key, t.key);
        if (cmp < 0) {
            TreeNode l = del(t.left, key, c);
            return isBlack(t.left) ? balanceLeft(l, t, t.right) : node(t, l, t.right, true);
        }
        if (cmp > 0) {
            TreeNode r = del(t.right, key, c);
            return isBlack(t.right) ? balanceRight(t.left, t, r) : node(t, t.left, r, true);
        }
        return append(t.left, t.right);
    }

    // ---- rebalancing; kv supplies the key and value of the node being rebuilt ----

    private static TreeNode balance(TreeNode l, TreeNode kv, TreeNode r) {
        if (isRed(l) && isRed(r)) return node(kv, blacken(l), blacken(r), true);
        if (isRed(l) && isRed(l.left)) return node(l, blacken(l.left), node(kv, l.right, r, false), true);
        if (isRed(l) && isRed(l.right)) {
            return node(l.right, node(l, l.left, l.right.left, false), node(kv, l.right.right, r, false), true);
        }
        if (isRed(r) && isRed(r.right)) return node(r, node(kv, l, r.left, false), blacken(r.right), true);
        if (isRed(r) && isRed(r.left)) {
            return node(r.left, node(kv, l, r.left.left, false), node(r, r.left.right, r.right, false), true);
        }
        return node(kv, l, r, false);
    }

    /** Rebuilds kv after its left subtree lost one black level. */
    private static TreeNode balanceLeft(TreeNode l, TreeNode kv, TreeNode r) {
        if (isRed(l)) return node(kv, blacken(l), r, true);
        if (isBlack(r)) return balance(l, kv, redden(r));
        if (isRed(r) && isBlack(r.left)) {
            return node(r.left, node(kv, l, r.left.left, false), balance(r.left.right, r, redden(r.right)), true);
        }
        throw broken();
    }

    /** Rebuilds kv after its right subtree lost one black level. */
    private static TreeNode balanceRight(TreeNode l, TreeNode kv, TreeNode r) {
        if (isRed(r)) return node(kv, l, blacken(r), true);
        if (isBlack(l)) return balance(redden(l), kv, r);
        if (isRed(l) && isBlack(l.right)) {
            return node(l.right, balance(redden(l.left), l, l.right.left), node(kv, l.right.right, r, false), true);
        }
        throw broken();
    }

    /** Joins the two subtrees of a deleted node, all of l's keys being smaller than r's. */
    private static TreeNode append(TreeNode l, TreeNode r) {
        if (l == null) return r;
        if (r == null) return l;
        if (l.red && r.red) {
            TreeNode mid = append(l.right, r.left);
            if (isRed(mid)) return node(mid, node(l, l.left, mid.left, true), node(r, mid.right, r.right, true), true);
            return node(l, l.left, node(r, mid, r.right, true), true);
        }
        if (!l.red && !r.red) {
            TreeNode mid = append(l.right, r.left);
            if (isRed(mid)) return node(mid, node(l, l.left, mid.left, false), node(r, mid.right, r.right, false), true);
            return balanceLeft(l.left, l, node(r, mid, r.right, false));
        }
        if (r.red) return node(r, append(l, r.left), r.right, true);
        return node(l, l.left, append(l.right, r), true);
    }

    private static TreeNode node(TreeNode kv, TreeNode l, TreeNode r, boolean red) {
        return new TreeNode(kv.key, kv.val, l, r, red);
    }

    private static boolean isRed(TreeNode t) { return t != null && t.red; }
    private static boolean isBlack(TreeNode t) { return t != null && !t.red; }

    private static TreeNode blacken(TreeNode t) {
        return t == null || !t.red ? t : new TreeNode(t.key, t.val, t.left, t.right, false);
    }

    private static TreeNode redden(TreeNode t) {
        if (!isBlack(t)) throw broken();
        return new TreeNode(t.key, t.val, t.left, t.right, true);
    }

    private static IllegalStateException broken() {
        return new IllegalStateException("red-black tree invariant violated");
    }
}
