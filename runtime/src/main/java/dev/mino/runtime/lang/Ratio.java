package dev.mino.runtime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction n/d, always normalised: gcd(n, d) = 1 and d > 0. Arithmetic lives in the numeric
 * tower; this class is the value (equality, hashing, ordering, conversion).
 */
public final class Ratio extends Number implements Comparable<Ratio> {
    private static final long serialVersionUID = 1L;

    /** Readable as a field or through {@link #numerator()}; both are used across the runtime. */
    public final BigInteger numerator;
    /** Always positive. */
    public final BigInteger denominator;

    /** Normalises n/d. Throws ArithmeticException("Divide by zero") when d is zero. */
    public Ratio(BigInteger n, BigInteger d) {
        if (d.signum() == 0) throw new ArithmeticException("Divide by zero");
        BigInteger g = n.gcd(d);
        if (d.signum() < 0) g = g.negate();
        if (!g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        this.numerator = n;
        this.denominator = d;
    }

    public BigInteger numerator() { return numerator; }

    /** Always positive. */
    public BigInteger denominator() { return denominator; }

    /** n/d as the simplest value: a Ratio, or the BigInteger quotient when it divides exactly. */
    public static Number create(BigInteger n, BigInteger d) {
        Ratio r = new Ratio(n, d);
        return r.denominator.equals(BigInteger.ONE) ? r.numerator : r;
    }

    /** The exact value as a BigDecimal with the given precision (used by mixed-type comparisons). */
    public BigDecimal toBigDecimal(MathContext mc) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), mc);
    }

    @Override public double doubleValue() {
        return toBigDecimal(MathContext.DECIMAL64).doubleValue();
    }

    @Override public float floatValue() { return (float) doubleValue(); }
    @Override public int intValue() { return (int) longValue(); }
    @Override public long longValue() { return numerator.divide(denominator).longValue(); }

    @Override public boolean equals(Object o) {
        return o instanceof Ratio r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override public int hashCode() { return numerator.hashCode() ^ denominator.hashCode(); }

    @Override public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override public String toString() { return numerator + "/" + denominator; }
}
