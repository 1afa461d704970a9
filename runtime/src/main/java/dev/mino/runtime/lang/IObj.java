package dev.mino.runtime.lang;

/** Objects whose metadata can be replaced, returning a new object. */
public interface IObj extends IMeta { IObj withMeta(IPersistentMap meta); }
