package dev.mino.runtime.lang;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * (iterate f x): x, (f x), (f (f x)), ... Each element is computed when first asked for and then kept,
 * so f runs once per element however often the seq is walked. A pure f (the runtime's own, as for
 * (range)) runs without the lock: two threads racing on an element compute equal values.
 */
public final class Iterate extends ASeq implements IReduce, IPending {
    private static final Object UNREALIZED = new Object();
    private static final VarHandle VALUE = FieldHandles.of(MethodHandles.lookup(), "value", Object.class);
    private static final VarHandle NEXT = FieldHandles.of(MethodHandles.lookup(), "next", Iterate.class);

    private final Fn f;
    private final boolean pure;
    private final Object prev;
    private volatile Object value;
    private volatile Iterate next;

    private Iterate(IPersistentMap meta, Fn f, boolean pure, Object prev, Object value) {
        super(meta);
        this.f = f;
        this.pure = pure;
        this.prev = prev;
        this.value = value;
    }

    public static Iterate create(Fn f, Object seed) {
        return new Iterate(null, f, false, null, seed);
    }

    /** (iterate f seed) for an f without side effects, which may then run more than once per element. */
    static Iterate ofPure(Fn f, Object seed) {
        return new Iterate(null, f, true, null, seed);
    }

    @Override public Object first() {
        Object v = value;
        if (v != UNREALIZED) return v;
        if (pure) {
            v = f.invoke(prev);
        } else {
            synchronized (this) {
                v = value;
                if (v != UNREALIZED) return v;
                v = f.invoke(prev);
            }
        }
        // A release store publishes the value as safely as a volatile one, without a fence on each element.
        VALUE.setRelease(this, v);
        return v;
    }

    /**
     * The next cell, made once for an impure f: a thread that loses the race to link one takes the
     * winner's. For a pure f a lost race only costs a cell.
     */
    @Override public ISeq next() {
        Iterate n = next;
        if (n != null) return n;
        n = new Iterate(null, f, pure, first(), UNREALIZED);
        if (pure) {
            NEXT.setRelease(this, n);
            return n;
        }
        Iterate won = (Iterate) NEXT.compareAndExchange(this, (Iterate) null, n);
        return won == null ? n : won;
    }

    @Override public boolean isRealized() { return value != UNREALIZED; }

    @Override public Iterate withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Iterate(meta, f, pure, prev, value);
    }

    @Override public Object reduce(Fn rf) {
        Object acc = first();
        long steps = 0;
        for (Object x = f.invoke(acc); ; x = f.invoke(x)) {
            Safepoint.pollEvery4096(++steps);
            acc = rf.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
    }

    @Override public Object reduce(Fn rf, Object init) {
        Object acc = init;
        long steps = 0;
        for (Object x = first(); ; x = f.invoke(x)) {
            Safepoint.pollEvery4096(++steps);
            acc = rf.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
    }
}
