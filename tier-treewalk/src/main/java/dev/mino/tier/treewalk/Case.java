package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.IPersistentMap;
import java.util.List;

/** (case* ...): one hash lookup picks the branch. */
final class Case extends Exec {
    private static final Object NONE = new Object();

    private final Exec expr;
    private final IPersistentMap table;
    private final Exec otherwise;
    private final Exec[] thens;

    Case(Exec expr, IPersistentMap table, Exec otherwise, List<Exec> thens) {
        this.expr = expr;
        this.table = table;
        this.otherwise = otherwise;
        this.thens = thens.toArray(new Exec[0]);
    }

    @Override Object exec(Object[] f) {
        Object i = table.valAt(expr.exec(f), NONE);
        return i == NONE ? otherwise.exec(f) : thens[((Long) i).intValue()].exec(f);
    }
}
