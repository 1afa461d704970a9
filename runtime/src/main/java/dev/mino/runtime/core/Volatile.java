package dev.mino.runtime.core;

import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;

/** (volatile! x): a mutable box with volatile semantics, for state local to one process step. */
final class Volatile implements IDeref, Printable {
    private volatile Object value;

    Volatile(Object value) { this.value = value; }

    @Override public Object deref() { return value; }

    @Override public String toString() { return "clojure.lang.Volatile@" + Integer.toHexString(System.identityHashCode(this)); }

    Object reset(Object v) {
        value = v;
        return v;
    }

    @Override public void printOn(Printer printer) {
        printer.printReference("clojure.lang.Volatile", this);
    }
}
