package dev.mino.runtime.core;

import dev.mino.runtime.lang.IDeref;

/** (volatile! x): a mutable box with volatile semantics, for state local to one process step. */
final class Volatile implements IDeref {
    private volatile Object value;

    Volatile(Object value) { this.value = value; }

    @Override public Object deref() { return value; }

    @Override public String toString() { return "clojure.lang.Volatile@" + Integer.toHexString(System.identityHashCode(this)); }

    Object reset(Object v) {
        value = v;
        return v;
    }
}
