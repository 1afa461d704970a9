package dev.mino.runtime.lang;

/** Transient map. */
public interface ITransientMap extends ITransientAssociative {
    ITransientMap assoc(Object key, Object val);
    ITransientMap without(Object key);
    IPersistentMap persistent();
}
