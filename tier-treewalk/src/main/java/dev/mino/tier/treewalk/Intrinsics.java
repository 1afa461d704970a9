package dev.mino.tier.treewalk;

import dev.mino.runtime.core.Numbers;
import dev.mino.runtime.lang.Equality;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import java.util.List;
import java.util.Map;

/**
 * Calls of a few hot clojure.core functions (arithmetic, comparison, simple predicates) run as their own
 * node classes that call the Java operation directly, so HotSpot sees one target per node class instead
 * of a megamorphic Fn.invoke. Each node keeps the var and the value it had when the node was built, and
 * falls back to an ordinary call if the var has been redefined since.
 */
final class Intrinsics {
    private Intrinsics() {}

    interface Op1 { Object apply(Object a); }
    interface Op2 { Object apply(Object a, Object b); }

    private static final Map<String, Op1> UNARY = Map.of(
            "inc", Numbers::inc,
            "dec", Numbers::dec,
            "zero?", a -> a instanceof Long l ? l == 0 : Numbers.isZero(Numbers.num(a)),
            "pos?", a -> a instanceof Long l ? l > 0 : Numbers.isPos(Numbers.num(a)),
            "neg?", a -> a instanceof Long l ? l < 0 : Numbers.isNeg(Numbers.num(a)),
            "nil?", a -> a == null,
            "not", a -> !Truth.isTruthy(a));

    private static final Map<String, Op2> BINARY = Map.of(
            "+", Numbers::add,
            "-", Numbers::subtract,
            "*", Numbers::multiply,
            "<", (a, b) -> Numbers.lt(a, b),
            ">", (a, b) -> Numbers.lt(b, a),
            "<=", (a, b) -> Numbers.lte(a, b),
            ">=", (a, b) -> Numbers.lte(b, a),
            "==", (a, b) -> Numbers.equiv(a, b),
            "=", (a, b) -> Equality.equivOp(a, b),
            "identical?", (a, b) -> a == b);

    /** An intrinsic node for (var args...), or null when the call has no intrinsic. */
    static Exec of(Var var, List<Exec> args, SourcePosition pos) {
        if (!var.ns().name().getName().equals("clojure.core") || var.isDynamic()) return null;
        String name = var.sym().getName();
        // The fn clojure.core defined: once the var is redefined, a new call site calls whatever it holds.
        Object original = var.definedRoot();
        if (original == null) return null;
        if (args.size() == 1 && UNARY.containsKey(name)) {
            return new Unary(var, original, UNARY.get(name), args.get(0), pos);
        }
        if (args.size() == 2 && BINARY.containsKey(name)) {
            return new Binary(var, original, BINARY.get(name), args.get(0), args.get(1), pos);
        }
        return null;
    }

    /**
     * One class per call shape; the op is a final field, so once HotSpot inlines exec for a node the op
     * call is a constant target.
     */
    static final class Unary extends Exec {
        private final Var var;
        private final Object original;
        private final Op1 op;
        private final Exec a;
        private final SourcePosition pos;

        Unary(Var var, Object original, Op1 op, Exec a, SourcePosition pos) {
            this.var = var;
            this.original = original;
            this.op = op;
            this.a = a;
            this.pos = pos;
        }

        @Override Object exec(Object[] f) {
            Object x = a.exec(f);
            try {
                Object root = var.getRoot();
                return root == original ? op.apply(x) : Invoke.fnOf(root).invoke(x);
            } catch (RuntimeException e) {
                throw SourcePosition.attach(e, pos);
            }
        }
    }

    static final class Binary extends Exec {
        private final Var var;
        private final Object original;
        private final Op2 op;
        private final Exec a;
        private final Exec b;
        private final SourcePosition pos;

        Binary(Var var, Object original, Op2 op, Exec a, Exec b, SourcePosition pos) {
            this.var = var;
            this.original = original;
            this.op = op;
            this.a = a;
            this.b = b;
            this.pos = pos;
        }

        @Override Object exec(Object[] f) {
            Object x = a.exec(f);
            Object y = b.exec(f);
            try {
                Object root = var.getRoot();
                return root == original ? op.apply(x, y) : Invoke.fnOf(root).invoke(x, y);
            } catch (RuntimeException e) {
                throw SourcePosition.attach(e, pos);
            }
        }
    }
}
