package dev.mino.tier.bytecode;

import static dev.mino.tier.bytecode.Words.REF;

import dev.mino.runtime.lang.Associative;
import dev.mino.runtime.lang.Counted;
import dev.mino.runtime.lang.ILookup;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.PersistentVector;

/**
 * The collection ops (NTH_VEC FIRST_VEC COUNT_VEC EMPTY_VEC CONJ_VEC GET_KW_MAP ASSOC DISSOC): each runs
 * the op at pc - 1 of method m over the window at base, on its fast lane when the operand is the lane's
 * type and the clojure.core fn is still the one compiled against, else through the generic fn. A lane
 * may run mino code (a record's hash, a deftype's lookup) and so grow the register stack: results are
 * stored through st, never through arrays read before the call.
 */
final class DataLanes {
    private DataLanes() {}

    private static IntrinsicSite site(BytecodeFn.Method m, int pc) {
        return (IntrinsicSite) m.sites[pc - 1];
    }

    private static int a(int insn, int base) { return base + ((insn >>> 8) & 0xFF); }

    private static int b(int insn, int base) { return base + ((insn >>> 16) & 0xFF); }

    private static int c(int insn, int base) { return base + (insn >>> 24); }

    /** The ref in register i, or null when the word is not a ref. */
    private static Object ref(RegisterStack st, int i) {
        return st.words[i] == REF ? st.refs[i] : null;
    }

    /** NTH_VEC A B C: R(A) := (nth R(B) R(C)). */
    static void nth(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite s = site(m, pc);
        long iw = st.words[c(insn, base)];
        if (ref(st, b(insn, base)) instanceof PersistentVector v && (iw & 1) != 0 && (iw >> 1) >= 0 && (iw >> 1) < v.count() && s.intact()) {
            st.set(a(insn, base), v.nth((int) (iw >> 1)));
        } else {
            SlowPaths.binary(st, s, a(insn, base), b(insn, base), c(insn, base));
        }
    }

    /** GET_KW_MAP A B C: R(A) := (get R(B) K(C)), K(C) a keyword (also (:k m)). */
    static void getKeyword(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite s = site(m, pc);
        Object coll = ref(st, b(insn, base));
        // The two map classes first: an exact class test is cheaper than an interface test.
        if (coll instanceof PersistentArrayMap am && s.intact()) {
            st.set(a(insn, base), am.valAt(s.constant));
        } else if (coll instanceof PersistentHashMap h && s.intact()) {
            st.set(a(insn, base), h.valAt(s.constant));
        } else if (coll instanceof ILookup l && s.intact()) {
            st.set(a(insn, base), l.valAt(s.constant));
        } else {
            SlowPaths.lookup(st, s, a(insn, base), b(insn, base));
        }
    }

    /** ASSOC A B C X: R(A) := (assoc R(B) R(C) R(X)); pc is just after the first word, at X. */
    static void assoc(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite s = site(m, pc);
        int rx = base + m.code[pc];
        Object coll = ref(st, b(insn, base));
        if (coll instanceof Associative map && s.intact()) {
            Object k = st.get(c(insn, base));
            Object v = st.get(rx);
            Object result = coll instanceof PersistentHashMap h ? h.assoc(k, v)
                    : coll instanceof PersistentArrayMap am ? am.assoc(k, v) : map.assoc(k, v);
            st.set(a(insn, base), result);
        } else {
            SlowPaths.assoc(st, s, a(insn, base), b(insn, base), c(insn, base), rx);
        }
    }

    /** FIRST_VEC, COUNT_VEC, EMPTY_VEC A B: R(A) := (first R(B)), (count R(B)), (empty? R(B)). */
    static void unary(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite s = site(m, pc);
        int ra = a(insn, base);
        Object v = ref(st, b(insn, base));
        boolean done = s.intact();
        if (done) {
            switch (insn & 0xFF) {
                case Op.FIRST_VEC -> {
                    if (v instanceof PersistentVector pv) st.set(ra, pv.count() == 0 ? null : pv.nth(0));
                    else if (v instanceof ISeq seq) st.set(ra, seq.first());
                    else done = false;
                }
                case Op.COUNT_VEC -> {
                    if (v instanceof Counted c) Words.storeLong(st.words, st.refs, ra, c.count());
                    else done = false;
                }
                default -> {
                    if (v instanceof PersistentVector pv) st.words[ra] = Words.bool(pv.count() == 0);
                    else done = false;
                }
            }
        }
        if (!done) SlowPaths.unary(st, s, ra, b(insn, base));
    }

    /** CONJ_VEC, DISSOC A B C: R(A) := (conj R(B) R(C)), (dissoc R(B) R(C)). */
    static void binary(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite s = site(m, pc);
        Object v = ref(st, b(insn, base));
        Object x = st.get(c(insn, base));
        if ((insn & 0xFF) == Op.CONJ_VEC && v instanceof PersistentVector pv && s.intact()) {
            st.set(a(insn, base), pv.cons(x));
        } else if ((insn & 0xFF) == Op.DISSOC && v instanceof IPersistentMap pm && s.intact()) {
            st.set(a(insn, base), pm.without(x));
        } else {
            SlowPaths.binary(st, s, a(insn, base), b(insn, base), c(insn, base));
        }
    }
}
