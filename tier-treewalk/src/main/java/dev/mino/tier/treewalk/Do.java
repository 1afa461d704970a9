package dev.mino.tier.treewalk;

import java.util.List;

/** (do statements... ret). */
final class Do extends Exec {
    private final Exec[] statements;
    private final Exec ret;

    Do(List<Exec> statements, Exec ret) {
        this.statements = statements.toArray(new Exec[0]);
        this.ret = ret;
    }

    @Override Object exec(Object[] f) {
        for (Exec s : statements) s.exec(f);
        return ret.exec(f);
    }
}
