package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Var;

/** (def name init?): sets the var's metadata and root; returns the var. */
final class Def extends Exec {
    private final Var var;
    private final Exec init;
    private final IPersistentMap meta;

    Def(Var var, Exec init, IPersistentMap meta) {
        this.var = var;
        this.init = init;
        this.meta = meta;
    }

    @Override Object exec(Object[] f) {
        var.setMeta(meta);
        if (init != null) var.bindRoot(init.exec(f));
        return var;
    }
}
