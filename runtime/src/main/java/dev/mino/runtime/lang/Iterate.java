package dev.mino.runtime.lang;

/**
 * (iterate f x): x, (f x), (f (f x)), ... Each element is computed when first asked for and then kept,
 * so f runs once per element however often the seq is walked.
 */
public final class Iterate extends ASeq implements IReduce, IPending {
    private static final Object UNREALIZED = new Object();

    private final Fn f;
    private final Object prev;
    private volatile Object value;
    private volatile Iterate next;

    private Iterate(IPersistentMap meta, Fn f, Object prev, Object value) {
        super(meta);
        this.f = f;
        this.prev = prev;
        this.value = value;
    }

    public static Iterate create(Fn f, Object seed) {
        return new Iterate(null, f, null, seed);
    }

    @Override public Object first() {
        Object v = value;
        if (v == UNREALIZED) {
            synchronized (this) {
                v = value;
                if (v == UNREALIZED) {
                    v = f.invoke(prev);
                    value = v;
                }
            }
        }
        return v;
    }

    @Override public ISeq next() {
        Iterate n = next;
        if (n == null) {
            Object v = first();
            synchronized (this) {
                n = next;
                if (n == null) {
                    n = new Iterate(null, f, v, UNREALIZED);
                    next = n;
                }
            }
        }
        return n;
    }

    @Override public boolean isRealized() { return value != UNREALIZED; }

    @Override public Iterate withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Iterate(meta, f, prev, value);
    }

    @Override public Object reduce(Fn rf) {
        Object acc = first();
        for (Object x = f.invoke(acc); ; x = f.invoke(x)) {
            acc = rf.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
    }

    @Override public Object reduce(Fn rf, Object init) {
        Object acc = init;
        for (Object x = first(); ; x = f.invoke(x)) {
            acc = rf.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
    }
}
