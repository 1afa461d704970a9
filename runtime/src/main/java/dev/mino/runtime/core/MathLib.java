package dev.mino.runtime.core;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * clojure.math: the 45 vars of Clojure 1.12, over java.lang.Math. Arguments are taken as doubles (or as
 * longs for the exact and floor operations), and results are doubles except where Clojure's are longs
 * (round, get-exponent, the *-exact and floor-* functions).
 */
final class MathLib {
    private MathLib() {}

    static void install(NativeNamespace ns) {
        ns.def("E", Math.E);
        ns.def("PI", Math.PI);
        unary(ns, "sin", "a", Math::sin);
        unary(ns, "cos", "a", Math::cos);
        unary(ns, "tan", "a", Math::tan);
        unary(ns, "asin", "a", Math::asin);
        unary(ns, "acos", "a", Math::acos);
        unary(ns, "atan", "a", Math::atan);
        unary(ns, "to-radians", "deg", Math::toRadians);
        unary(ns, "to-degrees", "r", Math::toDegrees);
        unary(ns, "exp", "a", Math::exp);
        unary(ns, "log", "a", Math::log);
        unary(ns, "log10", "a", Math::log10);
        unary(ns, "sqrt", "a", Math::sqrt);
        unary(ns, "cbrt", "a", Math::cbrt);
        unary(ns, "ceil", "a", Math::ceil);
        unary(ns, "floor", "a", Math::floor);
        unary(ns, "rint", "a", Math::rint);
        unary(ns, "ulp", "d", Math::ulp);
        unary(ns, "signum", "d", Math::signum);
        unary(ns, "sinh", "x", Math::sinh);
        unary(ns, "cosh", "x", Math::cosh);
        unary(ns, "tanh", "x", Math::tanh);
        unary(ns, "expm1", "x", Math::expm1);
        unary(ns, "log1p", "x", Math::log1p);
        unary(ns, "next-up", "d", Math::nextUp);
        unary(ns, "next-down", "d", Math::nextDown);
        binary(ns, "IEEE-remainder", "dividend divisor", Math::IEEEremainder);
        binary(ns, "atan2", "y x", Math::atan2);
        binary(ns, "pow", "a b", Math::pow);
        binary(ns, "hypot", "x y", Math::hypot);
        binary(ns, "copy-sign", "magnitude sign", Math::copySign);
        binary(ns, "next-after", "start direction", Math::nextAfter);
        ns.fn("scalb", "[d scaleFactor]").a2((d, k) -> Math.scalb(toDouble(d), (int) Numbers.toLong(k)));
        ns.fn("round", "[a]").a1(a -> Math.round(toDouble(a)));
        ns.fn("get-exponent", "[d]").a1(d -> (long) Math.getExponent(toDouble(d)));
        ns.fn("random", "[]").a0(Math::random);
        exactUnary(ns, "increment-exact", Math::incrementExact);
        exactUnary(ns, "decrement-exact", Math::decrementExact);
        exactUnary(ns, "negate-exact", Math::negateExact);
        exactBinary(ns, "add-exact", Math::addExact);
        exactBinary(ns, "subtract-exact", Math::subtractExact);
        exactBinary(ns, "multiply-exact", Math::multiplyExact);
        exactBinary(ns, "floor-div", Math::floorDiv);
        exactBinary(ns, "floor-mod", Math::floorMod);
    }

    private static void unary(NativeNamespace ns, String name, String param, DoubleUnaryOperator op) {
        ns.fn(name, "[" + param + "]").a1(a -> op.applyAsDouble(toDouble(a)));
    }

    private static void binary(NativeNamespace ns, String name, String params, DoubleBinaryOperator op) {
        ns.fn(name, "[" + params + "]").a2((a, b) -> op.applyAsDouble(toDouble(a), toDouble(b)));
    }

    private static void exactUnary(NativeNamespace ns, String name, LongUnaryOperator op) {
        ns.fn(name, "[a]").a1(a -> op.applyAsLong(Numbers.toLong(a)));
    }

    private static void exactBinary(NativeNamespace ns, String name, LongBinaryOperator op) {
        ns.fn(name, "[x y]").a2((a, b) -> op.applyAsLong(Numbers.toLong(a), Numbers.toLong(b)));
    }

    /** A ^double argument: any number, converted as Clojure's primitive coercion does. */
    private static double toDouble(Object x) {
        if (x instanceof Double d) return d;
        if (x == null) throw new NullPointerException("Cannot invoke \"java.lang.Number.doubleValue()\" because \"x\" is null");
        return Numbers.num(x).doubleValue();
    }
}
