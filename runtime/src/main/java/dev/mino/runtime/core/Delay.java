package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;

/** (delay body): runs body once, on first deref, and caches the value (or rethrows the error each time). */
final class Delay implements IDeref, IPending {
    private Fn thunk;
    private Object value;
    private RuntimeException error;

    Delay(Fn thunk) {
        this.thunk = thunk;
    }

    @Override public synchronized Object deref() {
        if (thunk != null) {
            try {
                value = thunk.invoke();
            } catch (RuntimeException e) {
                error = e;
            }
            thunk = null;
        }
        if (error != null) throw error;
        return value;
    }

    @Override public synchronized boolean isRealized() { return thunk == null; }
}
