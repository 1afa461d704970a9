package dev.mino.tier.bytecode;

/**
 * The int fast lanes on raw long values, for every speculative op: used inline for the rarer ops and by
 * the slow path when an operand is a boxed Long rather than a fixnum (a value that came from Java keeps
 * its box, and so its identity). Each answers false, storing nothing, when the generic fn must decide
 * (overflow, a zero divisor), so the error text is always the generic one.
 */
final class IntOps {
    private IntOps() {}

    /** Stores op(a) (an int predicate, inc, dec or bit-not) in register ra; false when the generic fn must run. */
    static boolean unary(int op, long a, long[] w, Object[] r, int ra) {
        switch (op) {
            case Op.ZERO_INT_P, Op.POS_P_I, Op.NEG_P_I -> w[ra] = Words.bool(sign(op, Long.compare(a, 0)));
            case Op.EVEN_P_I -> w[ra] = Words.bool((a & 1) == 0);
            case Op.ODD_P_I -> w[ra] = Words.bool((a & 1) != 0);
            case Op.BNOT_I -> Words.storeLong(w, r, ra, ~a);
            case Op.INC_I -> {
                if (a == Long.MAX_VALUE) return false;
                Words.storeLong(w, r, ra, a + 1);
            }
            case Op.DEC_I -> {
                if (a == Long.MIN_VALUE) return false;
                Words.storeLong(w, r, ra, a - 1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Per compare op, which outcomes of Long.compare (-1, 0, 1; bits 0-2) make it true: EQ 010, LT 001,
     * LE 011, GT 100, GE 110, for the _II ops then the _IK ops, three bits each.
     */
    private static final long OUTCOMES = 0b110_100_011_001_010__110_100_011_001_010L;

    /** Whether compare op (EQ/LT/LE/GT/GE, _II or _IK) holds for an outcome of Long.compare. Branch-free. */
    static boolean compare(int op, int outcome) {
        return (OUTCOMES >>> (3 * (op - Op.EQ_II) + outcome + 1) & 1) != 0;
    }

    /** Per sign test, which outcomes of comparing with zero make it true: ZERO 010, POS 100, NEG 001 (as in OUTCOMES). */
    private static final int SIGNS = 0b001_100_010;

    /** Whether ZERO_INT_P, POS_P_I or NEG_P_I holds for an outcome of comparing the value with 0. Branch-free. */
    static boolean sign(int op, int outcome) {
        return (SIGNS >>> (3 * (op - Op.ZERO_INT_P) + outcome + 1) & 1) != 0;
    }

    /** Stores op(a, b) in register ra; false when the generic fn must run. The _IK ops pass their immediate as b. */
    static boolean binary(int op, long a, long b, long[] w, Object[] r, int ra) {
        switch (op) {
            case Op.ADD_II, Op.ADD_IK -> {
                long s = a + b;
                if (((a ^ s) & (b ^ s)) < 0) return false;
                Words.storeLong(w, r, ra, s);
            }
            case Op.SUB_II, Op.SUB_IK -> {
                long s = a - b;
                if (((a ^ b) & (a ^ s)) < 0) return false;
                Words.storeLong(w, r, ra, s);
            }
            case Op.MUL_II, Op.MUL_IK -> {
                long p = a * b;
                if (Math.multiplyHigh(a, b) != (p >> 63)) return false;
                Words.storeLong(w, r, ra, p);
            }
            case Op.QUOT -> {
                if (b == 0 || (a == Long.MIN_VALUE && b == -1)) return false;
                Words.storeLong(w, r, ra, a / b);
            }
            case Op.REM -> {
                if (b == 0) return false;
                Words.storeLong(w, r, ra, b == -1 ? 0 : a % b);
            }
            case Op.MOD -> {
                if (b == 0) return false;
                long m = b == -1 ? 0 : a % b;
                if (m != 0 && (m ^ b) < 0) m += b;
                Words.storeLong(w, r, ra, m);
            }
            case Op.EQ_II, Op.EQ_IK, Op.LT_II, Op.LT_IK, Op.LE_II, Op.LE_IK, Op.GT_II, Op.GT_IK, Op.GE_II, Op.GE_IK ->
                    w[ra] = Words.bool(compare(op, Long.compare(a, b)));
            case Op.BAND_II -> Words.storeLong(w, r, ra, a & b);
            case Op.BOR_II -> Words.storeLong(w, r, ra, a | b);
            case Op.BXOR_II -> Words.storeLong(w, r, ra, a ^ b);
            case Op.SHL_II -> Words.storeLong(w, r, ra, a << b);
            case Op.SHR_II -> Words.storeLong(w, r, ra, a >> b);
            case Op.USHR_II -> Words.storeLong(w, r, ra, a >>> b);
            default -> {
                return false;
            }
        }
        return true;
    }
}
