package dev.mino.runtime.core;

import dev.mino.runtime.lang.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Clojure's checked conversions to the JVM's primitive types (what byte, short, aset-int, vector-of and
 * the typed array constructors store): fractions truncate toward zero, values outside the type's range
 * are an error naming the value (an int, taken from a long as Clojure 1.12 does, is an integer overflow),
 * characters convert to their code. Also rationalize.
 */
final class NumberConversions {
    private NumberConversions() {}

    static void install(CoreLibrary lib) {
        lib.fn("byte", "[x]", "x as a byte; values out of the byte range throw.").a1(x -> byteCast(x));
        lib.fn("short", "[x]", "x as a short; values out of the short range throw.").a1(x -> shortCast(x));
        lib.fn("rationalize", "[num]",
                "The exact rational value of num: a double is taken at its shortest decimal text, so 0.1 gives 1/10.")
                .a1(x -> rationalize(Numbers.num(x)));
    }

    static long longCast(Object x) {
        if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) return ((Number) x).longValue();
        if (x instanceof BigInteger b) {
            if (b.bitLength() >= 64) throw outOfRange("long", x);
            return b.longValue();
        }
        if (x instanceof Ratio r) return longCast(r.numerator().divide(r.denominator()));
        if (x instanceof Character c) return c;
        return longCast(number(x).doubleValue());
    }

    static long longCast(double d) {
        if (d < Long.MIN_VALUE || d > Long.MAX_VALUE) throw outOfRange("long", d);
        return (long) d;
    }

    static int intCast(Object x) {
        if (x instanceof Integer i) return i;
        if (x instanceof Number) {
            long n = longCast(x);
            if ((int) n != n) throw Numbers.overflow();
            return (int) n;
        }
        return character(x);
    }

    static short shortCast(Object x) {
        if (x instanceof Short s) return s;
        long n = longCast(x);
        if (n < Short.MIN_VALUE || n > Short.MAX_VALUE) throw outOfRange("short", x);
        return (short) n;
    }

    static byte byteCast(Object x) {
        if (x instanceof Byte b) return b;
        long n = longCast(x);
        if (n < Byte.MIN_VALUE || n > Byte.MAX_VALUE) throw outOfRange("byte", x);
        return (byte) n;
    }

    static char charCast(Object x) {
        if (x instanceof Character c) return c;
        long n = number(x).longValue();
        if (n < Character.MIN_VALUE || n > Character.MAX_VALUE) throw outOfRange("char", x);
        return (char) n;
    }

    static float floatCast(Object x) {
        if (x instanceof Float f) return f;
        double d = number(x).doubleValue();
        if (d < -Float.MAX_VALUE || d > Float.MAX_VALUE) throw outOfRange("float", x);
        return (float) d;
    }

    static double doubleCast(Object x) {
        return number(x).doubleValue();
    }

    /** boolean coercion is truthiness: only nil and false are false. */
    static boolean booleanCast(Object x) {
        if (x instanceof Boolean b) return b;
        return x != null;
    }

    static Number number(Object x) {
        if (x instanceof Number n) return n;
        throw new ClassCastException(Numbers.describe(x) + " cannot be cast to class java.lang.Number");
    }

    static char character(Object x) {
        if (x instanceof Character c) return c;
        throw new ClassCastException(Numbers.describe(x) + " cannot be cast to class java.lang.Character");
    }

    static IllegalArgumentException outOfRange(String type, Object value) {
        return new IllegalArgumentException("Value out of range for " + type + ": " + value);
    }

    /**
     * The exact rational value of x: a double is taken at its shortest decimal text (0.1 is 1/10), and a
     * whole result is a BigInteger (2.0 gives 2N), as Clojure does. Integers and ratios are returned as is.
     */
    static Number rationalize(Number x) {
        if (x instanceof Double || x instanceof Float) return rationalize(BigDecimal.valueOf(x.doubleValue()));
        if (x instanceof BigDecimal d) {
            BigInteger unscaled = d.unscaledValue();
            int scale = d.scale();
            if (scale < 0) return unscaled.multiply(BigInteger.TEN.pow(-scale));
            return Ratio.create(unscaled, BigInteger.TEN.pow(scale));
        }
        return x;
    }
}
