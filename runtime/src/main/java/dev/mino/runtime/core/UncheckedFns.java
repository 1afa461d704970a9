package dev.mino.runtime.core;

/**
 * The unchecked arithmetic and conversions: on longs they wrap around instead of throwing "integer
 * overflow" (other numbers compute as +, -, * do); the -int variants take and give 32-bit ints; the
 * unchecked casts keep the low bits instead of checking the range.
 */
final class UncheckedFns {
    private UncheckedFns() {}

    interface LongOp { long apply(long a, long b); }
    interface IntOp { int apply(int a, int b); }

    static void install(CoreLibrary lib) {
        binary(lib, "unchecked-add", Long::sum, Numbers::add);
        binary(lib, "unchecked-subtract", (a, b) -> a - b, Numbers::subtract);
        binary(lib, "unchecked-multiply", (a, b) -> a * b, Numbers::multiply);
        lib.fn("unchecked-negate").a1(x -> isLongLike(x) ? (Object) (-((Number) x).longValue()) : Numbers.negate(x));
        lib.fn("unchecked-inc").a1(x -> isLongLike(x) ? (Object) (((Number) x).longValue() + 1) : Numbers.add(x, 1L));
        lib.fn("unchecked-dec").a1(x -> isLongLike(x) ? (Object) (((Number) x).longValue() - 1) : Numbers.subtract(x, 1L));

        intBinary(lib, "unchecked-add-int", Integer::sum);
        intBinary(lib, "unchecked-subtract-int", (a, b) -> a - b);
        intBinary(lib, "unchecked-multiply-int", (a, b) -> a * b);
        intBinary(lib, "unchecked-divide-int", (a, b) -> a / b);
        intBinary(lib, "unchecked-remainder-int", (a, b) -> a % b);
        lib.fn("unchecked-negate-int").a1(x -> -NumberConversions.intCast(x));
        lib.fn("unchecked-inc-int").a1(x -> NumberConversions.intCast(x) + 1);
        lib.fn("unchecked-dec-int").a1(x -> NumberConversions.intCast(x) - 1);

        lib.fn("unchecked-long").a1(x -> NumberConversions.number(x).longValue());
        lib.fn("unchecked-int").a1(x -> x instanceof Number n ? n.intValue() : (int) NumberConversions.character(x));
        lib.fn("unchecked-short").a1(x -> NumberConversions.number(x).shortValue());
        lib.fn("unchecked-byte").a1(x -> NumberConversions.number(x).byteValue());
        lib.fn("unchecked-char").a1(x -> x instanceof Character c ? c : (char) NumberConversions.number(x).longValue());
        lib.fn("unchecked-double").a1(x -> NumberConversions.number(x).doubleValue());
        lib.fn("unchecked-float").a1(x -> NumberConversions.number(x).floatValue());
    }

    /** Integers of at most 64 bits: the operands the unchecked operators wrap on. */
    private static boolean isLongLike(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte;
    }

    private static void binary(CoreLibrary lib, String name, LongOp wrapping, NumberFns.Op2 general) {
        lib.fn(name).a2((a, b) -> isLongLike(a) && isLongLike(b)
                ? (Object) wrapping.apply(((Number) a).longValue(), ((Number) b).longValue())
                : general.apply(a, b));
    }

    private static void intBinary(CoreLibrary lib, String name, IntOp op) {
        lib.fn(name).a2((a, b) -> op.apply(NumberConversions.intCast(a), NumberConversions.intCast(b)));
    }
}
