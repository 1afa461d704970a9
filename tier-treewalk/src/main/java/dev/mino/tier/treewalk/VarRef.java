package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.Var;

/** The current value of a var. */
final class VarRef extends Exec {
    final Var var;

    VarRef(Var var) { this.var = var; }

    @Override Object exec(Object[] f) { return var.deref(); }
}
