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
        binary(lib, "unchecked-add", "x plus y; on longs, wraps around instead of throwing on overflow.",
                Long::sum, Numbers::add);
        binary(lib, "unchecked-subtract", "x minus y; on longs, wraps around instead of throwing on overflow.",
                (a, b) -> a - b, Numbers::subtract);
        binary(lib, "unchecked-multiply", "x times y; on longs, wraps around instead of throwing on overflow.",
                (a, b) -> a * b, Numbers::multiply);
        lib.fn("unchecked-negate", "[x]", "The negation of x; on longs, wraps around instead of throwing on overflow.")
                .a1(x -> isLongLike(x) ? (Object) (-((Number) x).longValue()) : Numbers.negate(x));
        lib.fn("unchecked-inc", "[x]", "x plus one; on longs, wraps around instead of throwing on overflow.")
                .a1(x -> isLongLike(x) ? (Object) (((Number) x).longValue() + 1) : Numbers.add(x, 1L));
        lib.fn("unchecked-dec", "[x]", "x minus one; on longs, wraps around instead of throwing on overflow.")
                .a1(x -> isLongLike(x) ? (Object) (((Number) x).longValue() - 1) : Numbers.subtract(x, 1L));

        intBinary(lib, "unchecked-add-int", "The 32-bit int sum of x and y, wrapping on overflow.", Integer::sum);
        intBinary(lib, "unchecked-subtract-int", "The 32-bit int difference of x and y, wrapping on overflow.", (a, b) -> a - b);
        intBinary(lib, "unchecked-multiply-int", "The 32-bit int product of x and y, wrapping on overflow.", (a, b) -> a * b);
        intBinary(lib, "unchecked-divide-int", "The 32-bit int quotient of x by y, truncated toward zero.", (a, b) -> a / b);
        intBinary(lib, "unchecked-remainder-int", "The 32-bit int remainder of x by y.", (a, b) -> a % b);
        lib.fn("unchecked-negate-int", "[x]", "The 32-bit int negation of x, wrapping on overflow.")
                .a1(x -> -NumberConversions.intCast(x));
        lib.fn("unchecked-inc-int", "[x]", "The 32-bit int x plus one, wrapping on overflow.")
                .a1(x -> NumberConversions.intCast(x) + 1);
        lib.fn("unchecked-dec-int", "[x]", "The 32-bit int x minus one, wrapping on overflow.")
                .a1(x -> NumberConversions.intCast(x) - 1);

        lib.fn("unchecked-long", "[x]", "x as a long, keeping the low bits rather than checking the range.")
                .a1(x -> NumberConversions.number(x).longValue());
        lib.fn("unchecked-int", "[x]", "x as an int, keeping the low bits rather than checking the range.")
                .a1(x -> x instanceof Number n ? n.intValue() : (int) NumberConversions.character(x));
        lib.fn("unchecked-short", "[x]", "x as a short, keeping the low bits rather than checking the range.")
                .a1(x -> NumberConversions.number(x).shortValue());
        lib.fn("unchecked-byte", "[x]", "x as a byte, keeping the low bits rather than checking the range.")
                .a1(x -> NumberConversions.number(x).byteValue());
        lib.fn("unchecked-char", "[x]", "x as a char, keeping the low bits rather than checking the range.")
                .a1(x -> x instanceof Character c ? c : (char) NumberConversions.number(x).longValue());
        lib.fn("unchecked-double", "[x]", "x as a double, without a range check.")
                .a1(x -> NumberConversions.number(x).doubleValue());
        lib.fn("unchecked-float", "[x]", "x as a float, without a range check.")
                .a1(x -> NumberConversions.number(x).floatValue());
    }

    /** Integers of at most 64 bits: the operands the unchecked operators wrap on. */
    private static boolean isLongLike(Object x) {
        return x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte;
    }

    private static void binary(CoreLibrary lib, String name, String doc, LongOp wrapping, NumberFns.Op2 general) {
        lib.fn(name, "[x y]", doc).a2((a, b) -> isLongLike(a) && isLongLike(b)
                ? (Object) wrapping.apply(((Number) a).longValue(), ((Number) b).longValue())
                : general.apply(a, b));
    }

    private static void intBinary(CoreLibrary lib, String name, String doc, IntOp op) {
        lib.fn(name, "[x y]", doc).a2((a, b) -> op.apply(NumberConversions.intCast(a), NumberConversions.intCast(b)));
    }
}
