package dev.mino.runtime.lang;

/** Collections with a reverse seq. */
public interface Reversible { ISeq rseq(); }
