package dev.mino.runtime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * Clojure's compare: nil sorts before everything, numbers compare by value across types (NaN compares
 * equal to everything, as Clojure's does), other values by their Comparable ordering (strings, keywords,
 * symbols, characters, booleans, vectors). Anything else cannot be compared.
 */
public final class DefaultComparator implements Comparator<Object> {
    public static final DefaultComparator INSTANCE = new DefaultComparator();

    private DefaultComparator() {}

    @Override public int compare(Object a, Object b) {
        return compareValues(a, b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compareValues(Object a, Object b) {
        if (a == b) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        if (a instanceof Number na) {
            if (b instanceof Number nb) return compareNumbers(na, nb);
            throw cannotCast(b, "java.lang.Number");
        }
        if (a instanceof Comparable c) return c.compareTo(b);
        throw cannotCast(a, "java.lang.Comparable");
    }

    private static MinoException cannotCast(Object x, String target) {
        return new MinoException(Printing.className(x.getClass()) + " cannot be cast to " + target);
    }

    /** Numeric order across Long, Double, BigInteger, BigDecimal and Ratio. */
    public static int compareNumbers(Number a, Number b) {
        if (a instanceof Long la && b instanceof Long lb) return Long.compare(la, lb);
        if (isFloating(a) || isFloating(b)) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return x < y ? -1 : y < x ? 1 : 0;
        }
        if (isSmallInteger(a) && isSmallInteger(b)) return Long.compare(a.longValue(), b.longValue());
        if (a instanceof BigDecimal da && b instanceof BigDecimal db) return da.compareTo(db);
        BigInteger[] x = fraction(a);
        BigInteger[] y = fraction(b);
        return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static boolean isSmallInteger(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    /** An exact number as numerator and positive denominator. */
    private static BigInteger[] fraction(Number n) {
        if (n instanceof Ratio r) return new BigInteger[] {r.numerator(), r.denominator()};
        if (n instanceof BigInteger b) return new BigInteger[] {b, BigInteger.ONE};
        if (n instanceof BigDecimal d) {
            int scale = d.scale();
            if (scale <= 0) return new BigInteger[] {d.toBigIntegerExact(), BigInteger.ONE};
            return new BigInteger[] {d.unscaledValue(), BigInteger.TEN.pow(scale)};
        }
        return new BigInteger[] {BigInteger.valueOf(n.longValue()), BigInteger.ONE};
    }
}
