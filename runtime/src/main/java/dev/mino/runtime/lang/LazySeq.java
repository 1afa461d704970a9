package dev.mino.runtime.lang;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * (lazy-seq body): the zero-argument thunk runs at most once, on first use, under the seq's lock. A thunk
 * that returns another LazySeq is unwrapped in a loop, so long chains of nested lazy seqs never recurse.
 * If the thunk throws, it is kept and runs again on the next use.
 */
public final class LazySeq extends ASeq implements IPending {
    private static final VarHandle DONE = FieldHandles.of(MethodHandles.lookup(), "done", boolean.class);

    private Fn fn;
    private Object thunkValue;
    private ISeq s;
    /** Set once s is final: later calls read it without taking the lock (s is written before it). */
    private volatile boolean done;

    public LazySeq(Fn thunk) {
        this.fn = thunk;
    }

    private LazySeq(IPersistentMap meta, ISeq s) {
        super(meta);
        this.s = s;
        this.done = true;
    }

    /** Runs the thunk if needed (the caller holds the lock); answers its raw result, or the seq once unwrapped. */
    private Object runThunk() {
        if (fn != null) {
            thunkValue = fn.invoke();
            fn = null;
        }
        return thunkValue != null ? thunkValue : s;
    }

    private synchronized Object thunkResult() {
        return runThunk();
    }

    @Override public ISeq seq() {
        return done ? s : realize();
    }

    private synchronized ISeq realize() {
        Object v = runThunk();
        if (thunkValue != null) {
            thunkValue = null;
            while (v instanceof LazySeq inner) v = inner.thunkResult();
            s = Seqs.seq(v);
        }
        // The lock orders s before this store, and a release store needs no fence, unlike a volatile one.
        DONE.setRelease(this, true);
        return s;
    }

    @Override public Object first() {
        ISeq x = seq();
        return x == null ? null : x.first();
    }

    @Override public ISeq next() {
        ISeq x = seq();
        return x == null ? null : x.next();
    }

    @Override public ISeq more() {
        ISeq x = seq();
        return x == null ? PersistentList.EMPTY : x.more();
    }

    @Override public synchronized boolean isRealized() { return fn == null; }

    @Override public LazySeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new LazySeq(meta, seq());
    }

    /** Clojure's LazySeq does not override toString, so str of a lazy seq is the class name and hash. */
    @Override public String toString() {
        return "clojure.lang.LazySeq@" + Integer.toHexString(hashCode());
    }
}
