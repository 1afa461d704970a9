package dev.mino.runtime.lang;

/** A persistent sequence: first/next. next() returns null at the end; more() returns the empty list. */
public interface ISeq extends IPersistentCollection, Sequential {
    Object first();
    ISeq next();
    ISeq more();
    ISeq cons(Object o);
}
