package dev.mino.runtime.core;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Numeric tower: long (overflow throws "integer overflow"), BigInteger (N), Ratio, BigDecimal (M), double.
 * A binary op works in the wider category of its operands: long < bigint < ratio < decimal < double.
 */
public final class Numbers {
    private enum Cat { LONG, BIG, RATIO, DECIMAL, DOUBLE }

    /** with-precision's MathContext for decimal arithmetic on this thread; null means exact (Clojure's default). */
    private static final ThreadLocal<MathContext> MATH_CONTEXT = new ThreadLocal<>();

    private Numbers() {}

    /** Runs body with decimal results rounded to mc (with-precision). */
    public static Object withMathContext(MathContext mc, java.util.function.Supplier<Object> body) {
        MathContext outer = MATH_CONTEXT.get();
        MATH_CONTEXT.set(mc);
        try {
            return body.get();
        } finally {
            MATH_CONTEXT.set(outer);
        }
    }

    private static BigDecimal round(BigDecimal d) {
        MathContext mc = MATH_CONTEXT.get();
        return mc == null ? d : d.round(mc);
    }

    public static Number num(Object x) {
        if (x instanceof Number n) return n;
        throw new ClassCastException(describe(x) + " cannot be cast to class java.lang.Number");
    }

    static String describe(Object x) {
        return x == null ? "null" : "class " + typeName(x);
    }

    static String typeName(Object x) {
        return x.getClass().getName();
    }

    private static Cat cat(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) return Cat.LONG;
        if (n instanceof Double || n instanceof Float) return Cat.DOUBLE;
        if (n instanceof BigInteger) return Cat.BIG;
        if (n instanceof Ratio) return Cat.RATIO;
        if (n instanceof BigDecimal) return Cat.DECIMAL;
        return Cat.DOUBLE;
    }

    private static Cat cat(Object a, Object b) {
        Cat x = cat(num(a));
        Cat y = cat(num(b));
        return x.ordinal() >= y.ordinal() ? x : y;
    }

    public static ArithmeticException overflow() { return new ArithmeticException("integer overflow"); }

    // ---- conversions ----
    static BigInteger big(Number n) {
        if (n instanceof BigInteger b) return b;
        if (n instanceof BigDecimal d) return d.toBigInteger();
        if (n instanceof Ratio r) return r.numerator().divide(r.denominator());
        return BigInteger.valueOf(n.longValue());
    }

    static Ratio ratio(Number n) {
        if (n instanceof Ratio r) return r;
        return new Ratio(big(n), BigInteger.ONE);
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof Ratio r) return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), MathContext.DECIMAL128);
        if (n instanceof BigInteger b) return new BigDecimal(b);
        return BigDecimal.valueOf(n.longValue());
    }

    /** bigdec, as Clojure's: a double by its shortest text (0.1 is 0.1M), a ratio exactly (1/3 throws). */
    static BigDecimal toBigDecimal(Number n) {
        if (n instanceof Double || n instanceof Float) return BigDecimal.valueOf(n.doubleValue());
        if (n instanceof Ratio r) return (BigDecimal) divide(new BigDecimal(r.numerator()), r.denominator());
        return decimal(n);
    }

    /** Normalises a BigInteger result: back to long when it fits. */
    public static Number reduceBig(BigInteger b) {
        return b.bitLength() < 64 ? (Number) b.longValue() : b;
    }

    /** A ratio result in lowest terms; a whole ratio becomes an integer. */
    public static Number makeRatio(BigInteger n, BigInteger d) {
        if (d.signum() == 0) throw new ArithmeticException("Divide by zero");
        if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) { n = n.divide(g); d = d.divide(g); }
        if (d.equals(BigInteger.ONE)) return reduceBig(n);
        return new Ratio(n, d);
    }

    /** A ratio-category result: as Clojure's Ratio ops, a whole one is a BigInt (1/2 + 1/2 is 1N), never a long. */
    private static Number ratioResult(BigInteger n, BigInteger d) {
        Number r = makeRatio(n, d);
        return r instanceof Long l ? BigInteger.valueOf(l) : r;
    }

    // ---- arithmetic ----
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) throw overflow();
            return r;
        }
        return switch (cat(a, b)) {
            case LONG -> add((Object) num(a).longValue(), (Object) num(b).longValue());
            case DOUBLE -> num(a).doubleValue() + num(b).doubleValue();
            case BIG -> big(num(a)).add(big(num(b)));
            case RATIO -> { Ratio x = ratio(num(a)), y = ratio(num(b));
                yield ratioResult(x.numerator().multiply(y.denominator()).add(y.numerator().multiply(x.denominator())),
                        x.denominator().multiply(y.denominator())); }
            case DECIMAL -> round(decimal(num(a)).add(decimal(num(b))));
        };
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) throw overflow();
            return r;
        }
        return switch (cat(a, b)) {
            case LONG -> subtract((Object) num(a).longValue(), (Object) num(b).longValue());
            case DOUBLE -> num(a).doubleValue() - num(b).doubleValue();
            case BIG -> big(num(a)).subtract(big(num(b)));
            case RATIO -> { Ratio x = ratio(num(a)), y = ratio(num(b));
                yield ratioResult(x.numerator().multiply(y.denominator()).subtract(y.numerator().multiply(x.denominator())),
                        x.denominator().multiply(y.denominator())); }
            case DECIMAL -> round(decimal(num(a)).subtract(decimal(num(b))));
        };
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long r = x * y;
            if ((hi != 0 || r < 0) && (hi != -1 || r >= 0)) throw overflow();
            return r;
        }
        return switch (cat(a, b)) {
            case LONG -> multiply((Object) num(a).longValue(), (Object) num(b).longValue());
            case DOUBLE -> num(a).doubleValue() * num(b).doubleValue();
            case BIG -> big(num(a)).multiply(big(num(b)));
            case RATIO -> { Ratio x = ratio(num(a)), y = ratio(num(b));
                yield ratioResult(x.numerator().multiply(y.numerator()), x.denominator().multiply(y.denominator())); }
            case DECIMAL -> round(decimal(num(a)).multiply(decimal(num(b))));
        };
    }

    public static Object divide(Object a, Object b) {
        Cat c = cat(a, b);
        if (c == Cat.DOUBLE) return num(a).doubleValue() / num(b).doubleValue();
        if (isZero(num(b))) throw new ArithmeticException("Divide by zero");
        return switch (c) {
            case LONG, BIG, RATIO -> { Ratio x = ratio(num(a)), y = ratio(num(b));
                BigInteger n = x.numerator().multiply(y.denominator()), d = x.denominator().multiply(y.numerator());
                yield c == Cat.LONG ? makeRatio(n, d) : ratioResult(n, d); }
            case DECIMAL -> {
                MathContext mc = MATH_CONTEXT.get();
                yield mc == null ? decimal(num(a)).divide(decimal(num(b))) : decimal(num(a)).divide(decimal(num(b)), mc);
            }
            case DOUBLE -> throw new IllegalStateException();
        };
    }

    public static Object quot(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw new ArithmeticException("Divide by zero");
            if (x == Long.MIN_VALUE && y == -1) throw overflow();
            return x / y;
        }
        Cat c = cat(a, b);
        if (c == Cat.DOUBLE) {
            double y = num(b).doubleValue();
            if (y == 0) throw new ArithmeticException("Divide by zero");
            double q = num(a).doubleValue() / y;
            return q >= 0 ? Math.floor(q) : Math.ceil(q);
        }
        if (isZero(num(b))) throw new ArithmeticException("Divide by zero");
        if (c == Cat.LONG) return quot((Object) num(a).longValue(), (Object) num(b).longValue());
        if (c == Cat.BIG) return big(num(a)).divide(big(num(b)));
        BigDecimal q = decimal(num(a)).divide(decimal(num(b)), MathContext.DECIMAL128);
        BigInteger i = q.toBigInteger();
        return c == Cat.DECIMAL ? new BigDecimal(i) : i;
    }

    public static Object rem(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw new ArithmeticException("Divide by zero");
            return y == -1 ? 0L : x % y;
        }
        Cat c = cat(a, b);
        if (c == Cat.DOUBLE) {
            double y = num(b).doubleValue();
            if (y == 0) throw new ArithmeticException("Divide by zero");
            return num(a).doubleValue() % y;
        }
        return subtract(a, multiply(quot(a, b), b));
    }

    public static Object mod(Object a, Object b) {
        Object m = rem(a, b);
        if (isZero(num(m)) || (isNeg(num(m)) == isNeg(num(b)))) return m;
        return add(m, b);
    }

    public static Object inc(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MAX_VALUE) throw overflow();
            return x + 1;
        }
        return add(a, 1L);
    }

    public static Object dec(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) throw overflow();
            return x - 1;
        }
        return subtract(a, 1L);
    }

    public static Object negate(Object a) {
        if (a instanceof Long x) {
            if (x == Long.MIN_VALUE) throw overflow();
            return -x;
        }
        // Not 0 - a: (- 0.0) is -0.0.
        if (a instanceof Double || a instanceof Float) return -((Number) a).doubleValue();
        return subtract(0L, a);
    }

    // ---- comparison ----
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return switch (cat(a, b)) {
            case LONG -> Long.compare(num(a).longValue(), num(b).longValue());
            case DOUBLE -> Double.compare(num(a).doubleValue(), num(b).doubleValue());
            case BIG -> big(num(a)).compareTo(big(num(b)));
            case RATIO -> { Ratio x = ratio(num(a)), y = ratio(num(b));
                yield x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator())); }
            case DECIMAL -> decimal(num(a)).compareTo(decimal(num(b)));
        };
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        if (isNaNPair(a, b)) return false;
        return compare(a, b) < 0;
    }

    public static boolean lte(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y;
        if (isNaNPair(a, b)) return false;
        return compare(a, b) <= 0;
    }

    /** == : numeric equality across categories. */
    public static boolean equiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (isNaNPair(a, b)) return false;
        if (cat(a, b) == Cat.DOUBLE) return num(a).doubleValue() == num(b).doubleValue();
        return compare(a, b) == 0;
    }

    private static boolean isNaNPair(Object a, Object b) {
        return (a instanceof Double d && d.isNaN()) || (b instanceof Double e && e.isNaN()) || (a instanceof Float f && f.isNaN())
                || (b instanceof Float g && g.isNaN()) || (!(a instanceof Number) && num(a) == null) || (!(b instanceof Number) && num(b) == null);
    }

    public static boolean isZero(Number n) {
        return switch (cat(n)) {
            case LONG -> n.longValue() == 0;
            case DOUBLE -> n.doubleValue() == 0;
            case BIG -> ((BigInteger) n).signum() == 0;
            case RATIO -> ((Ratio) n).numerator().signum() == 0;
            case DECIMAL -> ((BigDecimal) n).signum() == 0;
        };
    }

    public static boolean isNeg(Number n) {
        return switch (cat(n)) {
            case LONG -> n.longValue() < 0;
            case DOUBLE -> n.doubleValue() < 0;
            case BIG -> ((BigInteger) n).signum() < 0;
            case RATIO -> ((Ratio) n).numerator().signum() < 0;
            case DECIMAL -> ((BigDecimal) n).signum() < 0;
        };
    }

    public static boolean isPos(Number n) {
        return !isZero(n) && !isNeg(n) && !(n instanceof Double d && d.isNaN());
    }

    /** An integral value as a long, or an error naming the problem. */
    public static long toLong(Object x) {
        if (x instanceof Long l) return l;
        Number n = num(x);
        if (n instanceof BigInteger b) {
            if (b.bitLength() >= 64) throw new IllegalArgumentException("Value out of range for long: " + b);
            return b.longValue();
        }
        if (n instanceof Double d && (d.isNaN() || d.isInfinite() || d >= 0x1p63 || d < -0x1p63)) {
            throw new IllegalArgumentException("Value out of range for long: " + d);
        }
        return n.longValue();
    }

    public static int toIndex(Object x) {
        long l = toLong(x);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) throw new IndexOutOfBoundsException(String.valueOf(l));
        return (int) l;
    }

    public static boolean isInteger(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte || x instanceof BigInteger;
    }

    public static MinoException notANumber(Object x) {
        return new MinoException(describe(x) + " cannot be cast to class java.lang.Number");
    }
}
