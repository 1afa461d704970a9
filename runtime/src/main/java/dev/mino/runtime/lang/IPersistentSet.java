package dev.mino.runtime.lang;

/** A persistent set. */
public interface IPersistentSet extends IPersistentCollection, Counted {
    IPersistentSet disjoin(Object key);
    boolean contains(Object key);
    /** The element equal to key, or null. */
    Object get(Object key);
}
