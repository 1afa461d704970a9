package dev.mino.runtime.lang;

/** A persistent map. Iteration yields IMapEntry. */
public interface IPersistentMap extends Associative, Counted, Iterable<Object> {
    IPersistentMap assoc(Object key, Object val);
    IPersistentMap without(Object key);
}
