package dev.mino.runtime.lang;

/** Transient vector. */
public interface ITransientVector extends ITransientAssociative, Indexed {
    ITransientVector assocN(int i, Object val);
    ITransientVector pop();
}
