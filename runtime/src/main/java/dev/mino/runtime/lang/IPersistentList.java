package dev.mino.runtime.lang;

/** Marker for list types (persistent lists print with parens). */
public interface IPersistentList extends Sequential, IPersistentStack {}
