package dev.mino.runtime.lang;

/** Out-parameter of trie edits: set when an edit added (assoc) or removed (without) a key. */
final class LeafChange {
    boolean changed;
}
