package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IBlockingDeref;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * (promise): a value delivered once, from any thread; deref blocks until then. Calling it with one
 * argument delivers (what deliver does); only the first delivery counts, later ones return nil.
 */
final class Promise extends Fn implements IDeref, IBlockingDeref, IPending, Printable {
    /** The name Clojure's promise class prints under (an anonymous reify inside clojure.core/promise). */
    static final String CLASS_NAME = "clojure.core$promise$reify__8591";
    private static final Object UNDELIVERED = new Object();

    private final AtomicReference<Object> value = new AtomicReference<>(UNDELIVERED);
    private final CountDownLatch delivered = new CountDownLatch(1);

    @Override public String name() { return CLASS_NAME; }

    /** An IFn but, as in Clojure, no comparator. */
    @Override public boolean isFunction() { return false; }

    /** deliver: returns this promise on the first delivery, nil afterwards. */
    @Override public Object invoke(Object v) {
        if (!value.compareAndSet(UNDELIVERED, v)) return null;
        delivered.countDown();
        return this;
    }

    @Override public Object deref() {
        try {
            delivered.await();
        } catch (InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
        return value.get();
    }

    @Override public Object deref(long timeoutMs, Object timeoutValue) {
        try {
            return delivered.await(timeoutMs, TimeUnit.MILLISECONDS) ? value.get() : timeoutValue;
        } catch (InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
    }

    @Override public void printOn(Printer printer) {
        printer.printReference(CLASS_NAME, this);
    }

    /** What str shows: Object.toString of Clojure's promise class. */
    @Override public String toString() { return CLASS_NAME + "@" + Integer.toHexString(System.identityHashCode(this)); }

    @Override public boolean isRealized() { return delivered.getCount() == 0; }
}
