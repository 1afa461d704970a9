package dev.mino.runtime.lang;

import java.math.BigInteger;

/**
 * (range end), (range start end), (range start end step) over longs: counted, reducible without
 * allocating cells, and chunked (32 elements a chunk, counted from where the seq starts), like Clojure's
 * LongRange. An empty range is the empty list and a zero step repeats start, as in Clojure.
 * (range) with no bounds is {@link #infinite()}; bounds that are not all longs give a {@link NumericRange}.
 */
public final class Range extends ASeq implements Counted, IReduce, IChunkedSeq {
    private static final int CHUNK_SIZE = 32;

    private final long start;
    private final long step;
    /** Elements left from start on; Long.MAX_VALUE stands for "more than a long can count". */
    private final long remaining;

    private Range(IPersistentMap meta, long start, long step, long remaining) {
        super(meta);
        this.start = start;
        this.step = step;
        this.remaining = remaining;
    }

    public static ISeq create(long end) {
        return create(0, end, 1);
    }

    public static ISeq create(long start, long end) {
        return create(start, end, 1);
    }

    public static ISeq create(long start, long end, long step) {
        if (step == 0) return start == end ? PersistentList.EMPTY : Repeat.create(start);
        if (step > 0 ? end <= start : end >= start) return PersistentList.EMPTY;
        return new Range(null, start, step, countOf(start, end, step));
    }

    /** (range start end step) of any numbers: longs (and narrower) give a Range, others a NumericRange. */
    public static ISeq create(Object start, Object end, Object step) {
        if (isLongLike(start) && isLongLike(end) && isLongLike(step)) {
            return create(((Number) start).longValue(), ((Number) end).longValue(), ((Number) step).longValue());
        }
        return NumericRange.create((Number) start, (Number) end, (Number) step);
    }

    private static boolean isLongLike(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte;
    }

    /** (range): 0, 1, 2, ... promoting past Long.MAX_VALUE like (iterate inc' 0). */
    public static ISeq infinite() {
        return Iterate.ofPure(INC_PROMOTING, 0L);
    }

    private static final Fn INC_PROMOTING = new Fn() {
        @Override public Object invoke(Object x) {
            if (x instanceof Long l && l != Long.MAX_VALUE) return l + 1;
            BigInteger b = x instanceof BigInteger bi ? bi : BigInteger.valueOf(((Number) x).longValue());
            return b.add(BigInteger.ONE);
        }

        @Override public String name() { return "clojure.core/inc'"; }
    };

    /** ceil((end - start) / step) for a non-empty range, exact even when end - start overflows. */
    private static long countOf(long start, long end, long step) {
        long span = end - start;
        boolean overflow = ((end ^ start) & (end ^ span)) < 0;
        if (!overflow) return span / step + (span % step != 0 ? 1 : 0);
        BigInteger s = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
        BigInteger[] qr = s.divideAndRemainder(BigInteger.valueOf(step));
        BigInteger n = qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
    }

    @Override public Object first() { return start; }

    @Override public ISeq next() {
        return remaining > 1 ? new Range(null, start + step, step, remaining - 1) : null;
    }

    @Override public LongChunk chunkedFirst() { return new LongChunk(start, step, chunkSize()); }

    @Override public ISeq chunkedNext() {
        int n = chunkSize();
        return remaining > n ? new Range(null, start + n * step, step, remaining - n) : null;
    }


    private int chunkSize() { return (int) Math.min(CHUNK_SIZE, remaining); }

    @Override public int count() {
        if (remaining > Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return (int) remaining;
    }

    @Override public Range withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new Range(meta, start, step, remaining);
    }

    @Override public Object reduce(Fn f) {
        Object acc = start;
        long x = start;
        for (long n = remaining - 1; n > 0; n--) {
            Safepoint.pollEvery4096(n);
            x += step;
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        long x = start;
        for (long n = remaining; n > 0; n--, x += step) {
            Safepoint.pollEvery4096(n);
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
