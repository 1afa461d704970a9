package dev.mino.runtime.lang;

/**
 * A 32-slot node of a vector's trie: branch nodes hold child nodes, leaf nodes hold elements. A node is
 * mutable only by the transient whose token it carries.
 */
final class VectorNode {
    final EditToken edit;
    final Object[] array;

    VectorNode(EditToken edit, Object[] array) {
        this.edit = edit;
        this.array = array;
    }

    VectorNode(EditToken edit) {
        this(edit, new Object[32]);
    }
}
