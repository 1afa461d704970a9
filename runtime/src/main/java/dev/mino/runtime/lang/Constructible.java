package dev.mino.runtime.lang;

/**
 * A type that mino code can instantiate with (Type. args) / (new Type args) without Java reflection:
 * record and deftype types. The interop layer calls construct with the evaluated arguments.
 */
public interface Constructible {
    Object construct(Object[] args);

    /** The type's name as Clojure prints it, e.g. "user.Point". */
    String typeName();
}
