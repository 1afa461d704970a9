package dev.mino.runtime.lang;

/** Clojure-compatible hash (hasheq), consistent with equiv. */
public interface IHashEq { int hasheq(); }
