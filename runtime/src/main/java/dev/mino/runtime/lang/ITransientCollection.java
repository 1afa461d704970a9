package dev.mino.runtime.lang;

/** A transient (mutable, single-owner) collection; persistent() ends its life. */
public interface ITransientCollection {
    ITransientCollection conj(Object val);
    IPersistentCollection persistent();
}
