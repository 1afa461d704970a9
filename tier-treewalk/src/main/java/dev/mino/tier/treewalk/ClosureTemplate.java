package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.Fn;
import dev.mino.tiers.FnTemplate;

/** A fn literal compiled for the tree-walker: its methods indexed by arity. */
final class ClosureTemplate implements FnTemplate {
    private static final int MAX_FIXED = 21;

    final String name;
    final int captureCount;
    final int selfSlot;
    private final ClosureMethod[] byArity = new ClosureMethod[MAX_FIXED];
    private final ClosureMethod variadic;

    ClosureTemplate(String name, int captureCount, java.util.List<ClosureMethod> methods) {
        this.name = name;
        this.captureCount = captureCount;
        this.selfSlot = captureCount;
        ClosureMethod v = null;
        for (ClosureMethod m : methods) {
            if (m.variadic) v = m;
            else byArity[m.arity] = m;
        }
        this.variadic = v;
    }

    /** The variadic method, or null. */
    ClosureMethod variadic() { return variadic; }

    /** The method that takes n args, or null. */
    ClosureMethod methodFor(int n) {
        if (n < MAX_FIXED && byArity[n] != null) return byArity[n];
        return variadic != null && n >= variadic.arity ? variadic : null;
    }

    @Override public Fn instantiate(Object[] captures) {
        return new Closure(this, captures);
    }
}
