package dev.mino.runtime.lang;

/** An immutable collection: conj returns a new collection. */
public interface IPersistentCollection extends Seqable {
    int count();
    IPersistentCollection cons(Object o);
    IPersistentCollection empty();
    /** Clojure = semantics against any object. */
    boolean equiv(Object o);
}
