package dev.mino.runtime.lang;

/** A collection keyed by values (maps) or indexes (vectors). */
public interface Associative extends IPersistentCollection, ILookup {
    boolean containsKey(Object key);
    IMapEntry entryAt(Object key);
    Associative assoc(Object key, Object val);
}
