package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.Safepoint;

/**
 * The fused loop ops (LOOP_INT_*): each runs iterations of a recognised counted loop over primitive longs
 * while the fast lane holds, writes the loop registers back and returns; the loop's ordinary code then
 * continues from exactly that state. So an operand that is not an integer, an iteration that would
 * overflow, or a redefined core fn simply leaves the rest of the loop (and the error, with its position)
 * to the ordinary code. The safepoint is polled every 256 iterations, with the registers written back.
 */
final class CountedLoops {
    private CountedLoops() {}

    private static final int POLL_MASK = 255;

    /** Writes a two-register loop's state back: R(ri) := i, R(rj) := j. */
    private static void store(long[] w, Object[] r, int ri, long i, int rj, long j) {
        Words.storeLong(w, r, ri, i);
        Words.storeLong(w, r, rj, j);
    }

    /** while (i < n) i++ */
    static void lt(long[] w, Object[] r, int ri, int rn, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !Words.isLong(w[rn], r[rn]) || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        long n = Words.longValue(w[rn], r[rn]);
        int k = 0;
        while (i < n) {
            i++;
            if ((++k & POLL_MASK) == 0) {
                Words.storeLong(w, r, ri, i);
                Safepoint.poll();
            }
        }
        Words.storeLong(w, r, ri, i);
    }

    /** while (i != 0) i-- (posForm: while (i > 0)) */
    static void dec(long[] w, Object[] r, int ri, boolean posForm, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        int k = 0;
        while (posForm ? i > 0 : i != 0) {
            if (i == Long.MIN_VALUE) break;
            i--;
            if ((++k & POLL_MASK) == 0) {
                Words.storeLong(w, r, ri, i);
                Safepoint.poll();
            }
        }
        Words.storeLong(w, r, ri, i);
    }

    /** while (i < n) { i++; j++ } */
    static void ltInc(long[] w, Object[] r, int ri, int rn, int rj, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !Words.isLong(w[rn], r[rn]) || !Words.isLong(w[rj], r[rj])
                || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        long n = Words.longValue(w[rn], r[rn]);
        long j = Words.longValue(w[rj], r[rj]);
        int k = 0;
        while (i < n && j != Long.MAX_VALUE) {
            i++;
            j++;
            if ((++k & POLL_MASK) == 0) {
                store(w, r, ri, i, rj, j);
                Safepoint.poll();
            }
        }
        store(w, r, ri, i, rj, j);
    }

    /** while (i != 0) { i--; j++ } (posForm: while (i > 0)) */
    static void decInc(long[] w, Object[] r, int ri, int rj, boolean posForm, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !Words.isLong(w[rj], r[rj]) || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        long j = Words.longValue(w[rj], r[rj]);
        int k = 0;
        while ((posForm ? i > 0 : i != 0) && i != Long.MIN_VALUE && j != Long.MAX_VALUE) {
            i--;
            j++;
            if ((++k & POLL_MASK) == 0) {
                store(w, r, ri, i, rj, j);
                Safepoint.poll();
            }
        }
        store(w, r, ri, i, rj, j);
    }

    /** while (i < n) { acc += x; i++ } where x is i itself (rx == ri) or a loop-invariant register. */
    static void ltAcc(long[] w, Object[] r, int ri, int rn, int racc, int rx, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !Words.isLong(w[rn], r[rn]) || !Words.isLong(w[racc], r[racc])
                || !Words.isLong(w[rx], r[rx]) || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        long n = Words.longValue(w[rn], r[rn]);
        long acc = Words.longValue(w[racc], r[racc]);
        boolean addI = rx == ri;
        long x = Words.longValue(w[rx], r[rx]);
        int k = 0;
        while (i < n) {
            long add = addI ? i : x;
            long s = acc + add;
            if (((acc ^ s) & (add ^ s)) < 0) break;
            acc = s;
            i++;
            if ((++k & POLL_MASK) == 0) {
                store(w, r, ri, i, racc, acc);
                Safepoint.poll();
            }
        }
        store(w, r, ri, i, racc, acc);
    }

    /** while (i != 0) { acc += x; i-- } (posForm: while (i > 0)); x is i itself or loop-invariant. */
    static void decAcc(long[] w, Object[] r, int ri, int racc, int rx, boolean posForm, Object site) {
        if (!Words.isLong(w[ri], r[ri]) || !Words.isLong(w[racc], r[racc]) || !Words.isLong(w[rx], r[rx])
                || !((LoopSite) site).intact()) return;
        long i = Words.longValue(w[ri], r[ri]);
        long acc = Words.longValue(w[racc], r[racc]);
        boolean addI = rx == ri;
        long x = Words.longValue(w[rx], r[rx]);
        int k = 0;
        while ((posForm ? i > 0 : i != 0) && i != Long.MIN_VALUE) {
            long add = addI ? i : x;
            long s = acc + add;
            if (((acc ^ s) & (add ^ s)) < 0) break;
            acc = s;
            i--;
            if ((++k & POLL_MASK) == 0) {
                store(w, r, ri, i, racc, acc);
                Safepoint.poll();
            }
        }
        store(w, r, ri, i, racc, acc);
    }
}
