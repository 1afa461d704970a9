package dev.mino.runtime.lang;

/**
 * Identifies the transient that owns a set of trie nodes: a node may be edited in place only when its
 * token is the editing transient's token. persistent! retires the token so later use is an error.
 */
final class EditToken {
    private boolean live = true;

    void retire() { live = false; }

    /** Throws Clojure's error when the owning transient has already been made persistent. */
    void ensureLive() {
        if (!live) throw new IllegalAccessError("Transient used after persistent! call");
    }
}
