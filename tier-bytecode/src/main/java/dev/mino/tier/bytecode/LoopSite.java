package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.Var;

/** The guard of a fused loop op: every core fn the loop's test and steps call, with its compile-time value. */
final class LoopSite {
    private final Var[] vars;
    private final Object[] originals;

    LoopSite(Var[] vars, Object[] originals) {
        this.vars = vars;
        this.originals = originals;
    }

    /** The vars the loop was specialised against. */
    java.util.List<Var> vars() {
        return java.util.Arrays.stream(vars).filter(java.util.Objects::nonNull).toList();
    }

    boolean intact() {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i].getRoot() != originals[i]) return false;
        }
        return true;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Var v : vars) sb.append(sb.isEmpty() ? "" : " ").append(v);
        return sb.toString();
    }
}
