package dev.mino.tier.bytecode;

import dev.mino.runtime.analyzer.ConstNode;
import dev.mino.runtime.analyzer.InvokeNode;
import dev.mino.runtime.analyzer.Node;
import dev.mino.runtime.analyzer.VarNode;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Var;
import java.util.Map;

/**
 * Which clojure.core calls compile to a specialised op. A call qualifies when its fn is the (non-dynamic)
 * clojure.core var of that name holding a fn at compile time and the argument count matches; the op then
 * guards on the var still holding that fn (see {@link IntrinsicSite}).
 */
final class CoreOps {
    private CoreOps() {}

    /**
     * @param op        the op taking operands in registers
     * @param immOp     the _IK op when the second operand is a small int literal, or -1
     * @param mirrorOp  the _IK op when the first operand is a small int literal (operands swapped), or -1
     */
    record Spec(int argc, int op, int immOp, int mirrorOp) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("+", new Spec(2, Op.ADD_II, Op.ADD_IK, Op.ADD_IK)),
            Map.entry("-", new Spec(2, Op.SUB_II, Op.SUB_IK, -1)),
            Map.entry("*", new Spec(2, Op.MUL_II, Op.MUL_IK, Op.MUL_IK)),
            Map.entry("quot", new Spec(2, Op.QUOT, -1, -1)),
            Map.entry("rem", new Spec(2, Op.REM, -1, -1)),
            Map.entry("mod", new Spec(2, Op.MOD, -1, -1)),
            Map.entry("=", new Spec(2, Op.EQ_II, Op.EQ_IK, Op.EQ_IK)),
            Map.entry("==", new Spec(2, Op.EQ_II, Op.EQ_IK, Op.EQ_IK)),
            Map.entry("<", new Spec(2, Op.LT_II, Op.LT_IK, Op.GT_IK)),
            Map.entry("<=", new Spec(2, Op.LE_II, Op.LE_IK, Op.GE_IK)),
            Map.entry(">", new Spec(2, Op.GT_II, Op.GT_IK, Op.LT_IK)),
            Map.entry(">=", new Spec(2, Op.GE_II, Op.GE_IK, Op.LE_IK)),
            Map.entry("bit-and", new Spec(2, Op.BAND_II, -1, -1)),
            Map.entry("bit-or", new Spec(2, Op.BOR_II, -1, -1)),
            Map.entry("bit-xor", new Spec(2, Op.BXOR_II, -1, -1)),
            Map.entry("bit-shift-left", new Spec(2, Op.SHL_II, -1, -1)),
            Map.entry("bit-shift-right", new Spec(2, Op.SHR_II, -1, -1)),
            Map.entry("unsigned-bit-shift-right", new Spec(2, Op.USHR_II, -1, -1)),
            Map.entry("bit-not", new Spec(1, Op.BNOT_I, -1, -1)),
            Map.entry("zero?", new Spec(1, Op.ZERO_INT_P, -1, -1)),
            Map.entry("pos?", new Spec(1, Op.POS_P_I, -1, -1)),
            Map.entry("neg?", new Spec(1, Op.NEG_P_I, -1, -1)),
            Map.entry("even?", new Spec(1, Op.EVEN_P_I, -1, -1)),
            Map.entry("odd?", new Spec(1, Op.ODD_P_I, -1, -1)),
            Map.entry("inc", new Spec(1, Op.INC_I, -1, -1)),
            Map.entry("dec", new Spec(1, Op.DEC_I, -1, -1)),
            Map.entry("not", new Spec(1, Op.NOT, -1, -1)),
            Map.entry("nil?", new Spec(1, Op.NIL_P, -1, -1)),
            Map.entry("nth", new Spec(2, Op.NTH_VEC, -1, -1)),
            Map.entry("first", new Spec(1, Op.FIRST_VEC, -1, -1)),
            Map.entry("count", new Spec(1, Op.COUNT_VEC, -1, -1)),
            Map.entry("empty?", new Spec(1, Op.EMPTY_VEC, -1, -1)),
            Map.entry("conj", new Spec(2, Op.CONJ_VEC, -1, -1)),
            Map.entry("get", new Spec(2, Op.GET_KW_MAP, -1, -1)),
            Map.entry("assoc", new Spec(3, Op.ASSOC, -1, -1)),
            Map.entry("dissoc", new Spec(2, Op.DISSOC, -1, -1)),
            Map.entry("lazy-seq*", new Spec(1, Op.MAKE_LAZY, -1, -1)),
            Map.entry("push-thread-bindings", new Spec(1, Op.PUSHDYN, -1, -1)),
            Map.entry("pop-thread-bindings", new Spec(0, Op.POPDYN, -1, -1)));

    /** The clojure.core var a call goes through, if it can be guarded (non-dynamic, holding clojure.core's own fn). */
    static Var coreVar(Node fn) {
        if (!(fn instanceof VarNode vn)) return null;
        Var v = vn.var();
        if (v.isDynamic() || !v.ns().name().getName().equals("clojure.core")) return null;
        return v.definedRoot() instanceof Fn ? v : null;
    }

    /** The spec for call i, or null when it stays an ordinary call. */
    static Spec specFor(InvokeNode i) {
        Var v = coreVar(i.fn());
        if (v == null) return null;
        Spec s = SPECS.get(v.sym().getName());
        if (s == null || s.argc != i.args().size()) return null;
        // get is only a fast lane for a literal keyword key.
        if (s.op == Op.GET_KW_MAP && !(i.args().get(1) instanceof ConstNode c && c.value() instanceof dev.mino.runtime.lang.Keyword)) {
            return null;
        }
        // An int op with a literal that is not an integer ((= r ::stop), (+ x 1.5)) would never take its fast
        // lane: an ordinary call does the same with less.
        if (isIntOp(s.op) && i.args().stream().anyMatch(a -> a instanceof ConstNode c && !(c.value() instanceof Long))) return null;
        return s;
    }

    private static boolean isIntOp(int op) {
        return op >= Op.ADD_II && op <= Op.GE_IK || op >= Op.BAND_II && op <= Op.DEC_I;
    }

    /** Whether the call i is (name args...) of the clojure.core var called name, guardable. */
    static boolean isCall(Node n, String name, int argc) {
        return n instanceof InvokeNode i && i.args().size() == argc && coreVar(i.fn()) instanceof Var v
                && v.sym().getName().equals(name);
    }

    /** The small int literal n stands for, or null. */
    static Long smallInt(Node n) {
        return n instanceof ConstNode c && c.value() instanceof Long l && Insn.fitsImmediate(l) ? l : null;
    }
}
