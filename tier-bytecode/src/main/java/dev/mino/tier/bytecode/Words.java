package dev.mino.tier.bytecode;

/**
 * The register word encoding of ARCHITECTURE.md 5. The low bits are the tag:
 * <pre>
 *   ...1  fixnum: value = word >> 1 (a long that fits 63 bits; wider longs are refs)
 *   000   ref: the value is refs[slot]
 *   010   immediate: nil (0), false (1), true (2) as (id << 3) | 2
 *   100   constant: (index << 3) | 4, reserved for the JIT's state-wide constant table (the interpreter
 *         keeps object constants as refs: a JVM-wide table kept every state's constants alive forever)
 * </pre>
 * nil and the two canonical Booleans are always immediates, so a ref word never holds nil or false and
 * a truth test is two word compares. A Long that arrives from Java (an argument, a call's result) and fits
 * becomes a fixnum too, so the int fast lanes take it, but its ref slot keeps the box: reading the register
 * back as an object gives that same box while the word still holds its value, so the value keeps its
 * identity through mino code (compare-and-set! compares by identity). A fixnum's ref slot is otherwise
 * stale and ignored; wider Longs stay refs.
 */
public final class Words {
    private Words() {}

    public static final long REF = 0;
    public static final long NIL = 2;
    public static final long FALSE = (1 << 3) | 2;
    public static final long TRUE = (2 << 3) | 2;

    public static boolean isFixnum(long w) { return (w & 1) != 0; }

    /** Whether v fits the 63 bits of a fixnum. */
    public static boolean fits(long v) { return (v << 1) >> 1 == v; }

    /** The fixnum word for v, which must fit. */
    public static long fixnum(long v) { return v << 1 | 1; }

    /** The value of a fixnum word. */
    public static long value(long w) { return w >> 1; }

    public static long bool(boolean b) { return b ? TRUE : FALSE; }

    public static boolean isTruthy(long w) { return w != NIL && w != FALSE; }



    /** The word a value from Java is stored as: an immediate for nil, true and false, else REF. */
    public static long immediateOf(Object v) {
        if (v == null) return NIL;
        if (v == Boolean.FALSE) return FALSE;
        if (v == Boolean.TRUE) return TRUE;
        return REF;
    }

    /** The word a literal is compiled to: as immediateOf, and a fixnum for an int literal that fits. */
    public static long literalOf(Object v) {
        if (v instanceof Long l && fits(l)) return fixnum(l);
        return immediateOf(v);
    }

    /** The value a word and its ref slot stand for. */
    public static Object toObject(long w, Object ref) {
        if (w == REF) return ref;
        if ((w & 1) != 0) return fixnumObject(w, ref);
        return nonRef(w);
    }

    /** The Long of a fixnum word: the box its ref slot keeps if that box still holds the value, else a new one. */
    private static Long fixnumObject(long w, Object ref) {
        return ref instanceof Long box && box == w >> 1 ? box : Long.valueOf(w >> 1);
    }

    private static Object nonRef(long w) {
        if (w == NIL) return null;
        if (w == FALSE) return Boolean.FALSE;
        if (w == TRUE) return Boolean.TRUE;
        throw new IllegalStateException("not a register word: " + Long.toHexString(w));
    }

    /** Register i := v (a value from Java); a Long that fits is a fixnum whose ref slot keeps the box. */
    public static void store(long[] words, Object[] refs, int i, Object v) {
        long w = wordOf(v);
        words[i] = w;
        // nil and the booleans need no ref (a ref store costs a GC barrier).
        if ((w & 7) != 2) refs[i] = v;
    }

    /** The word a value from Java is stored as (its ref slot holding the value itself, unless immediate). */
    private static long wordOf(Object v) {
        if (v instanceof Long l) return fits(l) ? fixnum(l) : REF;
        return immediateOf(v);
    }

    /** Register i := the long v (a fixnum when it fits, else a boxed ref). */
    public static void storeLong(long[] words, Object[] refs, int i, long v) {
        if (fits(v)) {
            words[i] = v << 1 | 1;
        } else {
            words[i] = REF;
            refs[i] = v;
        }
    }

    /** Whether a word (with its ref) stands for a long: a fixnum, or a boxed Long in the ref. */
    public static boolean isLong(long w, Object ref) {
        return (w & 1) != 0 || (w == REF && ref instanceof Long);
    }

    /** The long value of a word for which {@link #isLong} holds. */
    public static long longValue(long w, Object ref) {
        return (w & 1) != 0 ? w >> 1 : (Long) ref;
    }
}
