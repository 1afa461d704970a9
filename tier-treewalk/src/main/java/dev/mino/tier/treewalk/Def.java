package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Var;

/** (def name init?): sets the var's metadata and root; returns the var. */
final class Def extends Exec {
    private final Var var;
    private final Exec init;
    private final Exec meta;

    Def(Var var, Exec init, Exec meta) {
        this.var = var;
        this.init = init;
        this.meta = meta;
    }

    @Override Object exec(Object[] f) {
        var.setMeta((IPersistentMap) meta.exec(f));
        if (init != null) var.bindRoot(init.exec(f));
        return var;
    }
}
