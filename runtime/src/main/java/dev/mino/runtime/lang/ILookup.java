package dev.mino.runtime.lang;

/** Keyed lookup. */
public interface ILookup {
    Object valAt(Object key);
    Object valAt(Object key, Object notFound);
}
