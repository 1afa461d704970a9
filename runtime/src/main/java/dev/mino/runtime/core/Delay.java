package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;

/**
 * (delay body): runs body once, on first deref, and caches the value. If body throws (anything, errors
 * included), the delay counts as realized and every deref rethrows that same throwable.
 */
final class Delay implements IDeref, IPending, Printable {
    private Fn thunk;
    private Object value;
    private Throwable error;

    Delay(Fn thunk) {
        this.thunk = thunk;
    }

    @Override public synchronized Object deref() {
        if (thunk != null) {
            try {
                value = thunk.invoke();
            } catch (Throwable e) {
                error = e;
            }
            thunk = null;
        }
        if (error != null) throw Rethrow.unchecked(error);
        return value;
    }

    @Override public String toString() { return "clojure.lang.Delay@" + Integer.toHexString(System.identityHashCode(this)); }

    @Override public synchronized boolean isRealized() { return thunk == null; }

    @Override public void printOn(Printer printer) {
        printer.printReference("clojure.lang.Delay", this);
    }
}
