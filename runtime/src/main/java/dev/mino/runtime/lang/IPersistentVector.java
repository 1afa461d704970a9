package dev.mino.runtime.lang;

/** A persistent vector. */
public interface IPersistentVector extends Associative, Sequential, IPersistentStack, Reversible, Indexed {
    IPersistentVector assocN(int i, Object val);
    IPersistentVector cons(Object o);
}
