package dev.mino.runtime.core;

import dev.mino.runtime.lang.Equality;
import dev.mino.runtime.lang.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/** Arithmetic, comparison and numeric predicates. */
final class NumberFns {
    private NumberFns() {}

    interface Op2 { Object apply(Object a, Object b); }
    interface Test2 { boolean test(Object a, Object b); }

    static void install(CoreLibrary lib) {
        lib.fn("+", "[] [x] [x y] [x y & more]",
                "Adds the numbers; (+) is 0. A long result that overflows throws ArithmeticException (+' promotes\n"
                + "  instead).")
                .a0(() -> 0L).a1(x -> Numbers.num(x)).a2(Numbers::add).rest(3, a -> fold(Numbers::add, a));
        lib.fn("*", "[] [x] [x y] [x y & more]",
                "Multiplies the numbers; (*) is 1. A long result that overflows throws ArithmeticException (*'\n"
                + "  promotes instead).")
                .a0(() -> 1L).a1(x -> Numbers.num(x)).a2(Numbers::multiply).rest(3, a -> fold(Numbers::multiply, a));
        lib.fn("-", "[x] [x y] [x y & more]",
                "(- x) negates x; (- x y z) is x minus y minus z. A long result that overflows throws\n"
                + "  ArithmeticException (-' promotes instead).")
                .a1(Numbers::negate).a2(Numbers::subtract).rest(3, a -> fold(Numbers::subtract, a));
        lib.fn("/", "[x] [x y] [x y & more]",
                "(/ x) is 1/x; (/ x y z) divides x by y, then by z. Integers that do not divide evenly give a ratio.")
                .a1(x -> Numbers.divide(1L, x)).a2(Numbers::divide).rest(3, a -> fold(Numbers::divide, a));
        lib.fn("+'", "[] [x] [x y] [x y & more]",
                "Like +, but a long result too large for a long becomes a BigInt instead of throwing.")
                .a0(() -> 0L).a1(x -> Numbers.num(x)).a2(NumberFns::addP).rest(3, a -> fold(NumberFns::addP, a));
        lib.fn("*'", "[] [x] [x y] [x y & more]",
                "Like *, but a long result too large for a long becomes a BigInt instead of throwing.")
                .a0(() -> 1L).a1(x -> Numbers.num(x)).a2(NumberFns::multiplyP).rest(3, a -> fold(NumberFns::multiplyP, a));
        lib.fn("-'", "[x] [x y] [x y & more]",
                "Like -, but a long result too large for a long becomes a BigInt instead of throwing.")
                .a1(x -> subtractP(0L, x)).a2(NumberFns::subtractP).rest(3, a -> fold(NumberFns::subtractP, a));
        lib.fn("inc'", "[x]", "x plus one, becoming a BigInt rather than overflowing a long.").a1(x -> addP(x, 1L));
        lib.fn("dec'", "[x]", "x minus one, becoming a BigInt rather than overflowing a long.").a1(x -> subtractP(x, 1L));
        lib.privateFn("with-precision*").a3((precision, rounding, body) -> Numbers.withMathContext(
                new java.math.MathContext((int) Numbers.toLong(precision), java.math.RoundingMode.valueOf(
                        ((dev.mino.runtime.lang.Named) rounding).getName())), () -> CoreLibrary.asFn(body).invoke()));
        lib.fn("quot", "[num div]", "The quotient of num by div, truncated toward zero.").a2(Numbers::quot);
        lib.fn("rem", "[num div]", "The remainder of num by div; its sign follows num (Java's %).").a2(Numbers::rem);
        lib.fn("mod", "[num div]", "num modulo div: zero or of the sign of div (floored division, unlike rem).")
                .a2(Numbers::mod);
        lib.fn("inc", "[x]",
                "x + 1; a long that overflows throws ArithmeticException (inc' promotes instead, unchecked-inc wraps).")
                .a1(Numbers::inc);
        lib.fn("dec", "[x]",
                "x - 1; a long that overflows throws ArithmeticException (dec' promotes instead, unchecked-dec wraps).")
                .a1(Numbers::dec);
        lib.fn("max", "[x] [x y] [x y & more]", "The greatest of the numbers; NaN if any is NaN.")
                .a1(Numbers::num).rest(2, a -> fold((x, y) -> isNaN(x) || isNaN(y) ? Double.NaN : Numbers.lt(x, y) ? y : x, a));
        lib.fn("min", "[x] [x y] [x y & more]", "The least of the numbers; NaN if any is NaN.")
                .a1(Numbers::num).rest(2, a -> fold((x, y) -> isNaN(x) || isNaN(y) ? Double.NaN : Numbers.lt(y, x) ? y : x, a));
        lib.fn("abs", "[a]", "The absolute value of the number a.")
                .a1(x -> Numbers.isNeg(Numbers.num(x)) ? Numbers.negate(x) : x);
        compare(lib, "<", "True when the numbers are in strictly increasing order.", Numbers::lt);
        compare(lib, "<=", "True when the numbers are in non-decreasing order.", Numbers::lte);
        compare(lib, ">", "True when the numbers are in strictly decreasing order.", (a, b) -> Numbers.lt(b, a));
        compare(lib, ">=", "True when the numbers are in non-increasing order.", (a, b) -> Numbers.lte(b, a));
        compare(lib, "==", "True when the numbers are all numerically equal, whatever their types (1 == 1.0).", Numbers::equiv);
        lib.fn("=", "[x] [x y] [x y & more]",
                "True when the values are all equal. Collections compare by contents; numbers compare within their\n"
                + "  category (1 and 1.0 are not =; see ==).")
                .a1(x -> true).a2(Equality::equivOp).rest(3, a -> chain(Equality::equivOp, a));
        lib.fn("not=", "[x] [x y] [x y & more]", "True when the values are not all equal: (not (= ...)).")
                .a1(x -> false).a2((a, b) -> !Equality.equivOp(a, b)).rest(3, a -> !chain(Equality::equivOp, a));
        lib.fn("hash", "[x]", "The hash code of x that = agrees with: equal values hash alike, across collection types too.")
                .a1(NumberFns::hash);
        lib.fn("compare", "[x y]",
                "Orders x against y: below zero when x sorts first, zero when they tie, above zero when y sorts first.\n"
                + "  Works on numbers, strings, keywords, symbols, vectors (by length, then items) and Comparables; nil\n"
                + "  sorts first.")
                .a2((a, b) -> (long) dev.mino.runtime.lang.DefaultComparator.INSTANCE.compare(a, b));
        lib.fn("zero?", "[num]", "True when the number is zero.").a1(x -> Numbers.isZero(Numbers.num(x)));
        lib.fn("pos?", "[num]", "True when the number is greater than zero.").a1(x -> Numbers.isPos(Numbers.num(x)));
        lib.fn("neg?", "[num]", "True when the number is less than zero.").a1(x -> Numbers.isNeg(Numbers.num(x)));
        lib.fn("even?", "[n]", "Whether the integer n is divisible by 2; a non-integer n is an error.")
                .a1(x -> (integral(x, "even?") & 1) == 0);
        lib.fn("odd?", "[n]", "Whether the integer n is not divisible by 2; a non-integer n is an error.")
                .a1(x -> (integral(x, "odd?") & 1) != 0);
        lib.fn("number?", "[x]", "True when x is a number (a java.lang.Number).").a1(x -> x instanceof Number);
        lib.fn("integer?", "[n]", "True when n is an integer of any size: long, int, short, byte, BigInt or BigInteger.")
                .a1(Numbers::isInteger);
        lib.fn("int?", "[x]", "True when x is a fixed-precision integer: a long, int, short or byte.")
                .a1(x -> x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte);
        lib.fn("float?", "[n]", "True when n is a floating-point number, a double or a float.")
                .a1(x -> x instanceof Double || x instanceof Float);
        lib.fn("double?", "[x]", "True when x is a double.").a1(x -> x instanceof Double);
        lib.fn("ratio?", "[n]", "True when n is a ratio.").a1(x -> x instanceof Ratio);
        lib.fn("rational?", "[n]", "True when n is an integer, a ratio or a BigDecimal: a number with an exact value.")
                .a1(x -> Numbers.isInteger(x) || x instanceof Ratio || x instanceof BigDecimal);
        lib.fn("decimal?", "[n]", "True when n is a BigDecimal.").a1(x -> x instanceof BigDecimal);
        // Both take num as a double, as Clojure's do: a float NaN or infinity counts too.
        lib.fn("NaN?", "[num]", "True when num is NaN.").a1(x -> Double.isNaN(Numbers.num(x).doubleValue()));
        lib.fn("infinite?", "[num]", "True when num is positive or negative infinity.")
                .a1(x -> Double.isInfinite(Numbers.num(x).doubleValue()));
        lib.fn("long", "[x]", "x as a long; fractions truncate toward zero, characters give their code.")
                .a1(x -> x instanceof Character c ? (Object) (long) c.charValue() : (Object) Numbers.toLong(x));
        lib.fn("int", "[x]", "x as an int; fractions truncate, and values out of the int range throw.")
                .a1(x -> NumberConversions.intCast(x));
        lib.fn("double", "[x]", "x as a double.").a1(x -> Numbers.num(x).doubleValue());
        lib.fn("float", "[x]", "x as a float; values out of the float range throw.").a1(x -> NumberConversions.floatCast(x));
        lib.fn("num", "[x]", "x itself when it is a number; throws otherwise.").a1(Numbers::num);
        lib.fn("bigint", "[x]", "x as a BigInt, mino's arbitrary-precision integer (printed with an N suffix).")
                .a1(x -> Numbers.big(Numbers.num(x)));
        lib.fn("biginteger", "[x]", "x as an arbitrary-precision integer.").a1(x -> Numbers.big(Numbers.num(x)));
        lib.fn("bigdec", "[x]", "x as a BigDecimal (printed with an M suffix).").a1(x -> Numbers.toBigDecimal(Numbers.num(x)));
        lib.fn("numerator", "[r]", "The numerator of the ratio r.").a1(x -> ((Ratio) x).numerator());
        lib.fn("denominator", "[r]", "The denominator of the ratio r.").a1(x -> ((Ratio) x).denominator());
        lib.fn("rand", "[] [n]", "A random double at least 0 and below n (1 by default).")
                .a0(() -> ThreadLocalRandom.current().nextDouble())
                .a1(n -> ThreadLocalRandom.current().nextDouble() * Numbers.num(n).doubleValue());
        lib.fn("rand-int", "[n]", "A random long at least 0 and below n.")
                .a1(n -> (long) (ThreadLocalRandom.current().nextDouble() * Numbers.num(n).doubleValue()));
        lib.fn("bit-and", "[x y] [x y & more]", "The bitwise and of the integers.")
                .a2((a, b) -> bits(a) & bits(b)).rest(3, a -> foldLong((x, y) -> x & y, a));
        lib.fn("bit-or", "[x y] [x y & more]", "The bitwise or of the integers.")
                .a2((a, b) -> bits(a) | bits(b)).rest(3, a -> foldLong((x, y) -> x | y, a));
        lib.fn("bit-xor", "[x y] [x y & more]", "The bitwise exclusive or of the integers.")
                .a2((a, b) -> bits(a) ^ bits(b)).rest(3, a -> foldLong((x, y) -> x ^ y, a));
        lib.fn("bit-and-not", "[x y]", "x with the bits set in y cleared: (bit-and x (bit-not y)).")
                .a2((a, b) -> bits(a) & ~bits(b));
        lib.fn("bit-not", "[x]", "The bitwise complement of x.").a1(a -> ~bits(a));
        lib.fn("bit-shift-left", "[x n]", "x shifted left by n bits.").a2((a, b) -> bits(a) << bits(b));
        lib.fn("bit-shift-right", "[x n]", "x shifted right by n bits, copying the sign bit.")
                .a2((a, b) -> bits(a) >> bits(b));
        lib.fn("unsigned-bit-shift-right", "[x n]", "x shifted right by n bits, filling with zeros.")
                .a2((a, b) -> bits(a) >>> bits(b));
        lib.fn("bit-test", "[x n]", "True when bit n of x is set.")
                .a2((a, b) -> ((bits(a) >> bits(b)) & 1) == 1);
        lib.fn("bit-set", "[x n]", "x with bit n set.").a2((a, b) -> bits(a) | (1L << bits(b)));
        lib.fn("bit-clear", "[x n]", "x with bit n cleared.").a2((a, b) -> bits(a) & ~(1L << bits(b)));
        lib.fn("bit-flip", "[x n]", "x with bit n inverted.").a2((a, b) -> bits(a) ^ (1L << bits(b)));
    }

    /** The promoting operators: a long result that overflows is computed again as a BigInteger. */
    private static Object addP(Object a, Object b) {
        try {
            return Numbers.add(a, b);
        } catch (ArithmeticException e) {
            return Numbers.add(Numbers.big(Numbers.num(a)), b);
        }
    }

    private static Object subtractP(Object a, Object b) {
        try {
            return Numbers.subtract(a, b);
        } catch (ArithmeticException e) {
            return Numbers.subtract(Numbers.big(Numbers.num(a)), b);
        }
    }

    private static Object multiplyP(Object a, Object b) {
        try {
            return Numbers.multiply(a, b);
        } catch (ArithmeticException e) {
            return Numbers.multiply(Numbers.big(Numbers.num(a)), b);
        }
    }

    private static long hash(Object x) {
        try {
            return dev.mino.runtime.lang.Hashing.hasheq(x);
        } catch (StackOverflowError e) {
            throw dev.mino.runtime.lang.MinoException.nestedTooDeeply("hash");
        }
    }

    private static boolean isNaN(Object x) {
        return Numbers.num(x) instanceof Double d && d.isNaN();
    }

    private static long integral(Object x, String fn) {
        if (x instanceof Long l) return l;
        if (x instanceof BigInteger b) return b.testBit(0) ? 1 : 0;
        if (Numbers.isInteger(x)) return ((Number) x).longValue();
        throw new IllegalArgumentException("Argument must be an integer: " + dev.mino.runtime.printer.Printer.prStr(x));
    }

    private static void compare(CoreLibrary lib, String name, String doc, Test2 t) {
        lib.fn(name, "[x] [x y] [x y & more]", doc)
                .a1(x -> { Numbers.num(x); return true; }).a2((a, b) -> t.test(a, b)).rest(3, a -> chain(t, a));
    }

    private static boolean chain(Test2 t, Object[] a) {
        for (int i = 0; i + 1 < a.length; i++) if (!t.test(a[i], a[i + 1])) return false;
        return true;
    }

    private static Object fold(Op2 op, Object[] a) {
        Object acc = a[0];
        for (int i = 1; i < a.length; i++) acc = op.apply(acc, a[i]);
        return acc;
    }

    interface LongOp { long apply(long a, long b); }

    /** A bit op's operand: as Clojure's bitOpsCast, only a fixed-size integer (no double, ratio, bignum). */
    private static long bits(Object x) {
        if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) return ((Number) x).longValue();
        if (x == null) throw new NullPointerException();
        throw new IllegalArgumentException("bit operation not supported for: " + Numbers.describe(x));
    }

    private static Object foldLong(LongOp op, Object[] a) {
        long acc = bits(a[0]);
        for (int i = 1; i < a.length; i++) acc = op.apply(acc, bits(a[i]));
        return acc;
    }
}
