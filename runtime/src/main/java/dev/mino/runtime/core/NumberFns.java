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
        lib.fn("+").a0(() -> 0L).a1(x -> Numbers.num(x)).a2(Numbers::add).rest(3, a -> fold(Numbers::add, a));
        lib.fn("*").a0(() -> 1L).a1(x -> Numbers.num(x)).a2(Numbers::multiply).rest(3, a -> fold(Numbers::multiply, a));
        lib.fn("-").a1(Numbers::negate).a2(Numbers::subtract).rest(3, a -> fold(Numbers::subtract, a));
        lib.fn("/").a1(x -> Numbers.divide(1L, x)).a2(Numbers::divide).rest(3, a -> fold(Numbers::divide, a));
        lib.fn("+'").a0(() -> 0L).a1(x -> Numbers.num(x)).a2(NumberFns::addP).rest(3, a -> fold(NumberFns::addP, a));
        lib.fn("*'").a0(() -> 1L).a1(x -> Numbers.num(x)).a2(NumberFns::multiplyP).rest(3, a -> fold(NumberFns::multiplyP, a));
        lib.fn("-'").a1(x -> subtractP(0L, x)).a2(NumberFns::subtractP).rest(3, a -> fold(NumberFns::subtractP, a));
        lib.fn("inc'").a1(x -> addP(x, 1L));
        lib.fn("dec'").a1(x -> subtractP(x, 1L));
        lib.privateFn("with-precision*").a3((precision, rounding, body) -> Numbers.withMathContext(
                new java.math.MathContext((int) Numbers.toLong(precision), java.math.RoundingMode.valueOf(
                        ((dev.mino.runtime.lang.Named) rounding).getName())), () -> CoreLibrary.asFn(body).invoke()));
        lib.fn("quot").a2(Numbers::quot);
        lib.fn("rem").a2(Numbers::rem);
        lib.fn("mod").a2(Numbers::mod);
        lib.fn("inc").a1(Numbers::inc);
        lib.fn("dec").a1(Numbers::dec);
        lib.fn("max").a1(Numbers::num).rest(2, a -> fold((x, y) -> isNaN(x) || isNaN(y) ? Double.NaN : Numbers.lt(x, y) ? y : x, a));
        lib.fn("min").a1(Numbers::num).rest(2, a -> fold((x, y) -> isNaN(x) || isNaN(y) ? Double.NaN : Numbers.lt(y, x) ? y : x, a));
        lib.fn("abs").a1(x -> Numbers.isNeg(Numbers.num(x)) ? Numbers.negate(x) : x);
        compare(lib, "<", Numbers::lt);
        compare(lib, "<=", Numbers::lte);
        compare(lib, ">", (a, b) -> Numbers.lt(b, a));
        compare(lib, ">=", (a, b) -> Numbers.lte(b, a));
        compare(lib, "==", Numbers::equiv);
        lib.fn("=").a1(x -> true).a2((a, b) -> Equality.equiv(a, b)).rest(3, a -> chain(Equality::equiv, a));
        lib.fn("not=").a1(x -> false).a2((a, b) -> !Equality.equiv(a, b)).rest(3, a -> !chain(Equality::equiv, a));
        lib.fn("hash").a1(x -> (long) dev.mino.runtime.lang.Hashing.hasheq(x));
        lib.fn("compare").a2((a, b) -> (long) dev.mino.runtime.lang.DefaultComparator.INSTANCE.compare(a, b));
        lib.fn("zero?").a1(x -> Numbers.isZero(Numbers.num(x)));
        lib.fn("pos?").a1(x -> Numbers.isPos(Numbers.num(x)));
        lib.fn("neg?").a1(x -> Numbers.isNeg(Numbers.num(x)));
        lib.fn("even?").a1(x -> (integral(x, "even?") & 1) == 0);
        lib.fn("odd?").a1(x -> (integral(x, "odd?") & 1) != 0);
        lib.fn("number?").a1(x -> x instanceof Number);
        lib.fn("integer?").a1(Numbers::isInteger);
        lib.fn("int?").a1(x -> x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte);
        lib.fn("float?").a1(x -> x instanceof Double || x instanceof Float);
        lib.fn("double?").a1(x -> x instanceof Double);
        lib.fn("ratio?").a1(x -> x instanceof Ratio);
        lib.fn("rational?").a1(x -> Numbers.isInteger(x) || x instanceof Ratio || x instanceof BigDecimal);
        lib.fn("decimal?").a1(x -> x instanceof BigDecimal);
        lib.fn("NaN?").a1(x -> Numbers.num(x) instanceof Double d && d.isNaN());
        lib.fn("infinite?").a1(x -> Numbers.num(x) instanceof Double d && d.isInfinite());
        lib.fn("long").a1(x -> x instanceof Character c ? (Object) (long) c.charValue() : (Object) Numbers.toLong(x));
        lib.fn("int").a1(x -> NumberConversions.intCast(x));
        lib.fn("double").a1(x -> Numbers.num(x).doubleValue());
        lib.fn("float").a1(x -> NumberConversions.floatCast(x));
        lib.fn("num").a1(Numbers::num);
        lib.fn("bigint").a1(x -> Numbers.big(Numbers.num(x)));
        lib.fn("biginteger").a1(x -> Numbers.big(Numbers.num(x)));
        lib.fn("bigdec").a1(x -> Numbers.decimal(Numbers.num(x)));
        lib.fn("numerator").a1(x -> ((Ratio) x).numerator());
        lib.fn("denominator").a1(x -> ((Ratio) x).denominator());
        lib.fn("rand").a0(() -> ThreadLocalRandom.current().nextDouble())
                .a1(n -> ThreadLocalRandom.current().nextDouble() * Numbers.num(n).doubleValue());
        lib.fn("rand-int").a1(n -> (long) (ThreadLocalRandom.current().nextDouble() * Numbers.num(n).doubleValue()));
        lib.fn("bit-and").a2((a, b) -> Numbers.toLong(a) & Numbers.toLong(b)).rest(3, a -> foldLong((x, y) -> x & y, a));
        lib.fn("bit-or").a2((a, b) -> Numbers.toLong(a) | Numbers.toLong(b)).rest(3, a -> foldLong((x, y) -> x | y, a));
        lib.fn("bit-xor").a2((a, b) -> Numbers.toLong(a) ^ Numbers.toLong(b)).rest(3, a -> foldLong((x, y) -> x ^ y, a));
        lib.fn("bit-and-not").a2((a, b) -> Numbers.toLong(a) & ~Numbers.toLong(b));
        lib.fn("bit-not").a1(a -> ~Numbers.toLong(a));
        lib.fn("bit-shift-left").a2((a, b) -> Numbers.toLong(a) << Numbers.toLong(b));
        lib.fn("bit-shift-right").a2((a, b) -> Numbers.toLong(a) >> Numbers.toLong(b));
        lib.fn("unsigned-bit-shift-right").a2((a, b) -> Numbers.toLong(a) >>> Numbers.toLong(b));
        lib.fn("bit-test").a2((a, b) -> ((Numbers.toLong(a) >> Numbers.toLong(b)) & 1) == 1);
        lib.fn("bit-set").a2((a, b) -> Numbers.toLong(a) | (1L << Numbers.toLong(b)));
        lib.fn("bit-clear").a2((a, b) -> Numbers.toLong(a) & ~(1L << Numbers.toLong(b)));
        lib.fn("bit-flip").a2((a, b) -> Numbers.toLong(a) ^ (1L << Numbers.toLong(b)));
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

    private static boolean isNaN(Object x) {
        return Numbers.num(x) instanceof Double d && d.isNaN();
    }

    private static long integral(Object x, String fn) {
        if (x instanceof Long l) return l;
        if (x instanceof BigInteger b) return b.testBit(0) ? 1 : 0;
        if (Numbers.isInteger(x)) return ((Number) x).longValue();
        throw new IllegalArgumentException("Argument must be an integer: " + dev.mino.runtime.printer.Printer.prStr(x));
    }

    private static void compare(CoreLibrary lib, String name, Test2 t) {
        lib.fn(name).a1(x -> { Numbers.num(x); return true; }).a2((a, b) -> t.test(a, b)).rest(3, a -> chain(t, a));
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

    private static Object foldLong(LongOp op, Object[] a) {
        long acc = Numbers.toLong(a[0]);
        for (int i = 1; i < a.length; i++) acc = op.apply(acc, Numbers.toLong(a[i]));
        return acc;
    }
}
