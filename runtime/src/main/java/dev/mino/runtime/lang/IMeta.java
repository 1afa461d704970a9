package dev.mino.runtime.lang;

/** Objects that carry metadata. */
public interface IMeta { IPersistentMap meta(); }
