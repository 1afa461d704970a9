package dev.mino.runtime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * (range start end step) when some bound is not a long — doubles, ratios, big numbers. Like Clojure, each
 * element is the previous one plus step (so (range 0 1 0.1) accumulates rounding the same way) and the
 * first element is start itself, whatever its type. Chunked, 32 elements a chunk, like Clojure's Range.
 */
public final class NumericRange extends ASeq implements IReduce, IChunkedSeq {
    private static final int CHUNK_SIZE = 32;

    private final Number first;
    private final Number end;
    private final Number step;
    /** The first chunk once made: immutable, so a race to make it only costs the loser its work. */
    private ArrayChunk chunk;

    private NumericRange(IPersistentMap meta, Number first, Number end, Number step) {
        super(meta);
        this.first = first;
        this.end = end;
        this.step = step;
    }

    /** The empty list when start is already past end; start forever when step is zero. */
    public static ISeq create(Number start, Number end, Number step) {
        int sign = DefaultComparator.compareNumbers(step, 0L);
        int startVsEnd = DefaultComparator.compareNumbers(start, end);
        if (startVsEnd == 0 || (sign > 0 && startVsEnd > 0) || (sign < 0 && startVsEnd < 0)) {
            return PersistentList.EMPTY;
        }
        if (sign == 0) return Repeat.create(start);
        return new NumericRange(null, start, end, step);
    }

    /** Whether x has reached end in the direction of step. */
    private boolean pastEnd(Number x) {
        int c = DefaultComparator.compareNumbers(x, end);
        return DefaultComparator.compareNumbers(step, 0L) > 0 ? c >= 0 : c <= 0;
    }

    @Override public Object first() { return first; }

    @Override public ISeq next() {
        Number n = add(first, step);
        return pastEnd(n) ? null : new NumericRange(null, n, end, step);
    }

    @Override public ArrayChunk chunkedFirst() {
        ArrayChunk c = chunk;
        if (c == null) {
            Object[] xs = new Object[CHUNK_SIZE];
            int n = 0;
            Number x = first;
            do {
                xs[n++] = x;
                x = add(x, step);
            } while (n < CHUNK_SIZE && !pastEnd(x));
            c = new ArrayChunk(xs, 0, n);
            chunk = c;
        }
        return c;
    }

    @Override public ISeq chunkedNext() {
        ArrayChunk c = chunkedFirst();
        Number n = add((Number) c.nth(c.count() - 1), step);
        return pastEnd(n) ? null : new NumericRange(null, n, end, step);
    }

    @Override public NumericRange withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new NumericRange(meta, first, end, step);
    }

    @Override public Object reduce(Fn f) {
        Object acc = first;
        for (Number x = add(first, step); !pastEnd(x); x = add(x, step)) {
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (Number x = first; !pastEnd(x); x = add(x, step)) {
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    /** a + b with Clojure's contagion: double wins, then BigDecimal, then Ratio; longs promote on overflow. */
    static Number add(Number a, Number b) {
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            return a.doubleValue() + b.doubleValue();
        }
        if (isLongLike(a) && isLongLike(b)) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            return r;
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) return toBigDecimal(a).add(toBigDecimal(b));
        if (a instanceof Ratio || b instanceof Ratio) {
            BigInteger[] x = fraction(a);
            BigInteger[] y = fraction(b);
            return Ratio.create(x[0].multiply(y[1]).add(y[0].multiply(x[1])), x[1].multiply(y[1]));
        }
        return toBigInteger(a).add(toBigInteger(b));
    }

    private static boolean isLongLike(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof Ratio r) return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()));
        return new BigDecimal(toBigInteger(n));
    }

    private static BigInteger[] fraction(Number n) {
        if (n instanceof Ratio r) return new BigInteger[] {r.numerator(), r.denominator()};
        return new BigInteger[] {toBigInteger(n), BigInteger.ONE};
    }
}
