package dev.mino.runtime.interop;

import java.math.BigInteger;

/**
 * How a mino value is passed to a Java parameter: longs narrow to int/short/byte when they fit, numbers
 * widen to double/float, and reference parameters take instances (or nil). score() ranks the fit so
 * overloads can be chosen (lower is better, -1 is no fit).
 */
final class Coercion {
    private Coercion() {}

    static int score(Object arg, Class<?> p) {
        if (p.isPrimitive()) return primitiveScore(arg, p);
        if (arg == null) return 1;
        if (p == arg.getClass()) return 0;
        if (p.isInstance(arg)) return p == Object.class ? 3 : 1;
        if (arg instanceof Long && (p == Integer.class || p == Short.class || p == Byte.class)) return 4;
        if (arg instanceof Number && (p == Double.class || p == Float.class)) return 5;
        return -1;
    }

    private static int primitiveScore(Object arg, Class<?> p) {
        if (arg == null) return -1;
        if (p == boolean.class) return arg instanceof Boolean ? 0 : -1;
        if (p == char.class) return arg instanceof Character ? 0 : -1;
        if (!(arg instanceof Number n)) return -1;
        boolean integral = n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
        if (p == long.class) return integral ? 0 : n instanceof BigInteger b && b.bitLength() < 64 ? 2 : -1;
        if (p == int.class) return integral ? 2 : -1;
        if (p == short.class || p == byte.class) return integral ? 3 : -1;
        if (p == double.class) return n instanceof Double ? 0 : 2;
        if (p == float.class) return n instanceof Float ? 0 : 3;
        return -1;
    }

    static Object convert(Object arg, Class<?> p) {
        if (arg == null) return null;
        if (p == int.class || p == Integer.class) return Math.toIntExact(((Number) arg).longValue());
        if (p == long.class || p == Long.class) return ((Number) arg).longValue();
        if (p == double.class || p == Double.class) return ((Number) arg).doubleValue();
        if (p == float.class || p == Float.class) return ((Number) arg).floatValue();
        if (p == short.class || p == Short.class) return (short) checkedRange(arg, Short.MIN_VALUE, Short.MAX_VALUE);
        if (p == byte.class || p == Byte.class) return (byte) checkedRange(arg, Byte.MIN_VALUE, Byte.MAX_VALUE);
        return arg;
    }

    private static long checkedRange(Object arg, long min, long max) {
        long v = ((Number) arg).longValue();
        if (v < min || v > max) throw new IllegalArgumentException("Value out of range: " + v);
        return v;
    }
}
