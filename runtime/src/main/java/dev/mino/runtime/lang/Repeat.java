package dev.mino.runtime.lang;

/** (repeat x) and (repeat n x). The infinite form is its own rest, so walking it allocates nothing. */
public final class Repeat extends ASeq implements IReduce {
    private static final long INFINITE = -1;

    private final Object x;
    private final long count;

    private Repeat(IPersistentMap meta, long count, Object x) {
        super(meta);
        this.count = count;
        this.x = x;
    }

    /** (repeat x): x forever. */
    public static Repeat create(Object x) {
        return new Repeat(null, INFINITE, x);
    }

    /** (repeat n x): the empty list when n <= 0. */
    public static ISeq create(long n, Object x) {
        return n <= 0 ? PersistentList.EMPTY : new Repeat(null, n, x);
    }

    @Override public Object first() { return x; }

    @Override public ISeq next() {
        if (count == INFINITE) return this;
        return count > 1 ? new Repeat(null, count - 1, x) : null;
    }

    @Override public int count() {
        if (count == INFINITE) return super.count();
        if (count > Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return (int) count;
    }

    @Override public Repeat withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Repeat(meta, count, x);
    }

    @Override public Object reduce(Fn f) {
        Object acc = x;
        for (long n = count - 1; count == INFINITE || n > 0; n--) {
            Safepoint.pollEvery4096(n);
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (long n = count; count == INFINITE || n > 0; n--) {
            Safepoint.pollEvery4096(n);
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
