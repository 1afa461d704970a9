package dev.mino.runtime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Clojure's hasheq: the hash consistent with {@link Equality#equiv}. Hash maps and sets place keys by it,
 * so it must agree with Clojure bit for bit for iteration (and printing) order to match.
 */
public final class Hashing {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Hash of the empty ordered collection ([], (), "") and of the empty unordered one ({}, #{}). */
    static final int EMPTY_ORDERED = Murmur3.mixCollHash(1, 0);
    static final int EMPTY_UNORDERED = Murmur3.mixCollHash(0, 0);

    private Hashing() {}

    public static int hasheq(Object o) {
        if (o == null) return 0;
        if (o instanceof Long l) return Murmur3.hashLong(l);
        if (o instanceof IHashEq h) return h.hasheq();
        if (o instanceof String s) return Murmur3.hashInt(s.hashCode());
        if (o instanceof Number n) return hashNumber(n);
        return o.hashCode();
    }

    /** Numbers that are = hash alike: integers of every width by their long value, -0.0 like 0.0. */
    public static int hashNumber(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return Murmur3.hashLong(n.longValue());
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == 0.0 ? 0 : Double.hashCode(d);
        }
        if (n instanceof BigInteger b) {
            boolean fitsLong = b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
            return fitsLong ? Murmur3.hashLong(b.longValue()) : b.hashCode();
        }
        if (n instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO.hashCode() : d.stripTrailingZeros().hashCode();
        }
        return n.hashCode();
    }

    /** Hash of a map entry, which hashes as the vector [k v]. */
    public static int hashEntry(Object key, Object val) {
        int h = 31 * (31 + hasheq(key)) + hasheq(val);
        return Murmur3.mixCollHash(h, 2);
    }

    /** Ordered hash of a seq (nil hashes as the empty collection). */
    public static int hashSeq(ISeq s) {
        int h = 1;
        int n = 0;
        for (; s != null; s = s.next()) {
            h = 31 * h + hasheq(s.first());
            n++;
        }
        return Murmur3.mixCollHash(h, n);
    }

    /** Java List.hashCode of a seq, for equals/hashCode interop. */
    public static int javaHashSeq(ISeq s) {
        int h = 1;
        for (; s != null; s = s.next()) {
            Object x = s.first();
            h = 31 * h + (x == null ? 0 : x.hashCode());
        }
        return h;
    }
}
