package dev.mino.runtime.lang;

/** (cycle coll): the elements of coll repeated forever. The source seq is walked lazily, once. */
public final class Cycle extends ASeq implements IReduce {
    private final ISeq all;
    private final ISeq prev;
    private volatile ISeq current;

    private Cycle(IPersistentMap meta, ISeq all, ISeq prev, ISeq current) {
        super(meta);
        this.all = all;
        this.prev = prev;
        this.current = current;
    }

    /** The empty list when coll is empty. */
    public static ISeq create(Object coll) {
        ISeq s = Seqs.seq(coll);
        return s == null ? PersistentList.EMPTY : new Cycle(null, s, null, s);
    }

    private ISeq current() {
        ISeq c = current;
        if (c == null) {
            ISeq n = prev.next();
            c = n == null ? all : n;
            current = c;
        }
        return c;
    }

    @Override public Object first() { return current().first(); }
    @Override public ISeq next() { return new Cycle(null, all, current(), null); }

    @Override public Cycle withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Cycle(meta, all, prev, current);
    }

    @Override public Object reduce(Fn f) {
        ISeq s = current();
        Object acc = s.first();
        long steps = 0;
        for (s = s.next(); ; s = s.next()) {
            Safepoint.pollEvery4096(++steps);
            if (s == null) s = all;
            acc = f.invoke(acc, s.first());
            if (acc instanceof Reduced) return acc;
        }
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        long steps = 0;
        for (ISeq s = current(); ; s = s.next()) {
            Safepoint.pollEvery4096(++steps);
            if (s == null) s = all;
            acc = f.invoke(acc, s.first());
            if (acc instanceof Reduced) return acc;
        }
    }
}
