package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/** (set! var value) on a thread-bound dynamic var. */
final class SetVar extends Exec {
    private final Var var;
    private final Exec value;
    private final SourcePosition pos;

    SetVar(Var var, Exec value, SourcePosition pos) {
        this.var = var;
        this.value = value;
        this.pos = pos;
    }

    @Override Object exec(Object[] f) {
        Object v = value.exec(f);
        try {
            return var.set(v);
        } catch (RuntimeException e) {
            throw SourcePosition.attach(e, pos);
        }
    }
}
