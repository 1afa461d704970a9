package dev.mino.runtime.core;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * clojure.math: the 45 vars of Clojure 1.12, over java.lang.Math. Arguments are taken as doubles (or as
 * longs for the exact and floor operations), and results are doubles except where Clojure's are longs
 * (round, the *-exact and floor-* functions) or an int (get-exponent, Math.getExponent's answer, boxed).
 */
final class MathLib {
    private MathLib() {}

    static void install(NativeNamespace ns) {
        ns.def("E", "The double closest to e (2.71828...), the base of natural logarithms.", Math.E);
        ns.def("PI", "The double closest to pi (3.14159...).", Math.PI);
        unary(ns, "sin", "a", "The sine of the angle a, in radians.", Math::sin);
        unary(ns, "cos", "a", "The cosine of the angle a, in radians.", Math::cos);
        unary(ns, "tan", "a", "The tangent of the angle a, in radians.", Math::tan);
        unary(ns, "asin", "a", "The arc sine of a, in radians from -pi/2 to pi/2; NaN when a is outside [-1, 1].", Math::asin);
        unary(ns, "acos", "a", "The arc cosine of a, in radians from 0 to pi; NaN when a is outside [-1, 1].", Math::acos);
        unary(ns, "atan", "a", "The arc tangent of a, in radians from -pi/2 to pi/2.", Math::atan);
        unary(ns, "to-radians", "deg", "The angle deg, given in degrees, in radians.", Math::toRadians);
        unary(ns, "to-degrees", "r", "The angle r, given in radians, in degrees.", Math::toDegrees);
        unary(ns, "exp", "a", "e raised to the power a.", Math::exp);
        unary(ns, "log", "a", "The natural logarithm of a.", Math::log);
        unary(ns, "log10", "a", "The base-10 logarithm of a.", Math::log10);
        unary(ns, "sqrt", "a", "The non-negative square root of a; NaN when a is negative or NaN.", Math::sqrt);
        unary(ns, "cbrt", "a", "The cube root of a.", Math::cbrt);
        unary(ns, "ceil", "a", "The smallest whole double not less than a.", Math::ceil);
        unary(ns, "floor", "a", "The largest whole double not greater than a.", Math::floor);
        unary(ns, "rint", "a", "a rounded to a whole double, halves going to the even neighbour.", Math::rint);
        unary(ns, "ulp", "d", "The distance from d to the next double of greater magnitude.", Math::ulp);
        unary(ns, "signum", "d", "-1.0, 0.0 or 1.0 as d is negative, zero or positive.", Math::signum);
        unary(ns, "sinh", "x", "The hyperbolic sine of x.", Math::sinh);
        unary(ns, "cosh", "x", "The hyperbolic cosine of x.", Math::cosh);
        unary(ns, "tanh", "x", "The hyperbolic tangent of x.", Math::tanh);
        unary(ns, "expm1", "x", "e raised to the power x, minus 1; precise for x near zero.", Math::expm1);
        unary(ns, "log1p", "x", "The natural logarithm of 1 + x; precise for x near zero.", Math::log1p);
        unary(ns, "next-up", "d", "The next double after d toward positive infinity.", Math::nextUp);
        unary(ns, "next-down", "d", "The next double after d toward negative infinity.", Math::nextDown);
        binary(ns, "IEEE-remainder", "dividend divisor", "The remainder of dividend by divisor as IEEE 754 defines it: dividend\n"
                + "  minus divisor times the whole number nearest their quotient.", Math::IEEEremainder);
        binary(ns, "atan2", "y x", "The angle, in radians from -pi to pi, of the point (x, y) from the positive x axis.",
                Math::atan2);
        binary(ns, "pow", "a b", "a raised to the power b.", Math::pow);
        binary(ns, "hypot", "x y", "The length of the vector (x, y), computed so that squaring cannot overflow or underflow.",
                Math::hypot);
        binary(ns, "copy-sign", "magnitude sign", "magnitude with the sign of sign.", Math::copySign);
        binary(ns, "next-after", "start direction", "The double adjacent to start on the side toward direction.",
                Math::nextAfter);
        ns.fn("scalb", "[d scaleFactor]", "d times 2 to the power scaleFactor.")
                .a2((d, k) -> Math.scalb(toDouble(d), (int) Numbers.toLong(k)));
        ns.fn("round", "[a]", "The long nearest a; a tie rounds up.").a1(a -> Math.round(toDouble(a)));
        ns.fn("get-exponent", "[d]", "The unbiased binary exponent of d, as an int.")
                .a1(d -> Math.getExponent(toDouble(d)));
        ns.fn("random", "[]", "A random double from 0.0 (inclusive) to 1.0 (exclusive).").a0(Math::random);
        exactUnary(ns, "increment-exact", "a + 1 for a long, or ArithmeticException when the result does not fit a long.",
                Math::incrementExact);
        exactUnary(ns, "decrement-exact", "a - 1 for a long, or ArithmeticException when the result does not fit a long.",
                Math::decrementExact);
        exactUnary(ns, "negate-exact", "-a for a long, or ArithmeticException when the result does not fit a long.",
                Math::negateExact);
        exactBinary(ns, "add-exact", "x + y for longs, or ArithmeticException when the result does not fit a long.",
                Math::addExact);
        exactBinary(ns, "subtract-exact", "x - y for longs, or ArithmeticException when the result does not fit a long.",
                Math::subtractExact);
        exactBinary(ns, "multiply-exact", "x * y for longs, or ArithmeticException when the result does not fit a long.",
                Math::multiplyExact);
        exactBinary(ns, "floor-div", "The long quotient of x by y, rounded toward negative infinity.", Math::floorDiv);
        exactBinary(ns, "floor-mod", "x modulo y for longs, rounded toward negative infinity: the result has the sign of y.",
                Math::floorMod);
    }

    private static void unary(NativeNamespace ns, String name, String param, String doc, DoubleUnaryOperator op) {
        ns.fn(name, "[" + param + "]", doc).a1(a -> op.applyAsDouble(toDouble(a)));
    }

    private static void binary(NativeNamespace ns, String name, String params, String doc, DoubleBinaryOperator op) {
        ns.fn(name, "[" + params + "]", doc).a2((a, b) -> op.applyAsDouble(toDouble(a), toDouble(b)));
    }

    private static void exactUnary(NativeNamespace ns, String name, String doc, LongUnaryOperator op) {
        ns.fn(name, "[a]", doc).a1(a -> op.applyAsLong(Numbers.toLong(a)));
    }

    private static void exactBinary(NativeNamespace ns, String name, String doc, LongBinaryOperator op) {
        ns.fn(name, "[x y]", doc).a2((a, b) -> op.applyAsLong(Numbers.toLong(a), Numbers.toLong(b)));
    }

    /** A ^double argument: any number, converted as Clojure's primitive coercion does. */
    private static double toDouble(Object x) {
        if (x instanceof Double d) return d;
        if (x == null) throw new NullPointerException("Cannot invoke \"java.lang.Number.doubleValue()\" because \"x\" is null");
        return Numbers.num(x).doubleValue();
    }
}
