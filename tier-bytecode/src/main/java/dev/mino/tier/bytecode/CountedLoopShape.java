package dev.mino.tier.bytecode;

import dev.mino.runtime.analyzer.ConstNode;
import dev.mino.runtime.analyzer.IfNode;
import dev.mino.runtime.analyzer.InvokeNode;
import dev.mino.runtime.analyzer.LocalBinding;
import dev.mino.runtime.analyzer.LocalNode;
import dev.mino.runtime.analyzer.LoopNode;
import dev.mino.runtime.analyzer.Node;
import dev.mino.runtime.analyzer.RecurNode;
import dev.mino.runtime.lang.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * A loop the compiler accelerates with a fused LOOP_INT_* op. Recognised shapes (n and x loop-invariant:
 * an int literal or a local bound outside the loop):
 * <pre>
 *   (loop [i a]        (if (< i n) (recur (inc i)) e))                       LOOP_INT_LT
 *   (loop [i a]        (if (zero? i) e (recur (dec i))))  or (pos? i) form   LOOP_INT_DEC
 *   (loop [i a j b]    (if (< i n) (recur (inc i) (inc j)) e))               LOOP_INT_LT_INC
 *   (loop [i a j b]    (if (zero? i) e (recur (dec i) (inc j))))             LOOP_INT_DEC_INC
 *   (loop [i a acc b]  (if (< i n) (recur (inc i) (+ acc x)) e))             LOOP_INT_LT_ACC   (x: i or invariant)
 *   (loop [i a acc b]  (if (zero? i) e (recur (dec i) (+ acc x))))           LOOP_INT_DEC_ACC
 * </pre>
 * (inc i) may also be written (+ i 1) or (+ 1 i), (dec i) as (- i 1), and the bindings may come in either order.
 *
 * @param counter  i
 * @param limit    n (count-up forms), else null
 * @param second   j or acc, or null
 * @param addend   x of an accumulator form, else null
 * @param vars     every core var the test and steps call (the fused op's guard)
 */
record CountedLoopShape(int op, LocalBinding counter, Node limit, LocalBinding second, Node addend, boolean posForm, List<Var> vars) {

    static CountedLoopShape match(LoopNode loop) {
        List<LocalBinding> bs = loop.bindings();
        if (bs.isEmpty() || bs.size() > 2 || !(loop.body() instanceof IfNode ifn)) return null;
        List<Var> vars = new ArrayList<>();
        Node test = ifn.test();
        boolean up;
        boolean posForm = false;
        LocalBinding i;
        Node limit = null;
        RecurNode rec;
        if (CoreOps.isCall(test, "<", 2)) {
            List<Node> args = ((InvokeNode) test).args();
            i = boundLocal(args.get(0), bs);
            limit = args.get(1);
            if (i == null || !invariant(limit, bs) || !(ifn.then() instanceof RecurNode r)) return null;
            up = true;
            rec = r;
        } else if (CoreOps.isCall(test, "zero?", 1) || CoreOps.isCall(test, "pos?", 1)) {
            posForm = CoreOps.isCall(test, "pos?", 1);
            i = boundLocal(((InvokeNode) test).args().get(0), bs);
            Node recBranch = posForm ? ifn.then() : ifn.otherwise();
            if (i == null || !(recBranch instanceof RecurNode r)) return null;
            up = false;
            rec = r;
        } else {
            return null;
        }
        vars.add(CoreOps.coreVar(((InvokeNode) test).fn()));
        if (rec.targets() != bs) return null;
        LocalBinding second = null;
        Node addend = null;
        boolean accumulates = false;
        for (int k = 0; k < bs.size(); k++) {
            LocalBinding b = bs.get(k);
            Node step = rec.args().get(k);
            if (b == i) {
                if (!counterStep(step, i, up, vars)) return null;
            } else {
                second = b;
                if (CoreOps.isCall(step, "inc", 1) && isLocal(((InvokeNode) step).args().get(0), b)) {
                    vars.add(CoreOps.coreVar(((InvokeNode) step).fn()));
                } else if (CoreOps.isCall(step, "+", 2)) {
                    List<Node> args = ((InvokeNode) step).args();
                    Node x = isLocal(args.get(0), b) ? args.get(1) : isLocal(args.get(1), b) ? args.get(0) : null;
                    if (x == null || !(isLocal(x, i) || invariant(x, bs))) return null;
                    vars.add(CoreOps.coreVar(((InvokeNode) step).fn()));
                    addend = x;
                    accumulates = true;
                } else {
                    return null;
                }
            }
        }
        int op;
        if (second == null) op = up ? Op.LOOP_INT_LT : Op.LOOP_INT_DEC;
        else if (accumulates) op = up ? Op.LOOP_INT_LT_ACC : Op.LOOP_INT_DEC_ACC;
        else op = up ? Op.LOOP_INT_LT_INC : Op.LOOP_INT_DEC_INC;
        return new CountedLoopShape(op, i, limit, second, addend, posForm, List.copyOf(vars));
    }

    /** (inc i) / (+ i 1) / (+ 1 i) counting up, (dec i) / (- i 1) counting down. */
    private static boolean counterStep(Node step, LocalBinding i, boolean up, List<Var> vars) {
        if (!(step instanceof InvokeNode call)) return false;
        List<Node> args = call.args();
        boolean ok;
        if (up) {
            ok = (CoreOps.isCall(step, "inc", 1) && isLocal(args.get(0), i))
                    || (CoreOps.isCall(step, "+", 2) && ((isLocal(args.get(0), i) && isOne(args.get(1))) || (isOne(args.get(0)) && isLocal(args.get(1), i))));
        } else {
            ok = (CoreOps.isCall(step, "dec", 1) && isLocal(args.get(0), i))
                    || (CoreOps.isCall(step, "-", 2) && isLocal(args.get(0), i) && isOne(args.get(1)));
        }
        if (ok) vars.add(CoreOps.coreVar(call.fn()));
        return ok;
    }

    private static LocalBinding boundLocal(Node n, List<LocalBinding> bs) {
        return n instanceof LocalNode l && bs.contains(l.binding()) ? l.binding() : null;
    }

    private static boolean isLocal(Node n, LocalBinding b) {
        return n instanceof LocalNode l && l.binding() == b;
    }

    private static boolean isOne(Node n) {
        return n instanceof ConstNode c && c.value() instanceof Long l && l == 1;
    }

    /** An int literal, or a local not rebound by this loop (so it cannot change while the loop runs). */
    private static boolean invariant(Node n, List<LocalBinding> bs) {
        if (n instanceof ConstNode c) return c.value() instanceof Long;
        return n instanceof LocalNode l && !bs.contains(l.binding());
    }
}
