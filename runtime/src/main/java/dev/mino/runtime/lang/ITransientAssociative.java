package dev.mino.runtime.lang;

/** Transient maps and vectors. */
public interface ITransientAssociative extends ITransientCollection, ILookup, Counted {
    ITransientAssociative assoc(Object key, Object val);
}
