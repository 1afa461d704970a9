package dev.mino.runtime.lang;

/** A collection that knows its count in constant time. */
public interface Counted { int count(); }
