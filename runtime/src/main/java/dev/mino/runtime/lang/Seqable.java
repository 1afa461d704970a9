package dev.mino.runtime.lang;

/** Something that can produce a seq of its elements (nil when empty). */
public interface Seqable { ISeq seq(); }
