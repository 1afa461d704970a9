package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashSet;
import java.util.List;

/** Collection literals whose elements are computed, and literals carrying metadata. */
final class Literals {
    private Literals() {}

    static Object[] evalAll(Exec[] items, Object[] f) {
        Object[] vals = new Object[items.length];
        for (int i = 0; i < vals.length; i++) vals[i] = items[i].exec(f);
        return vals;
    }

    static final class Vector extends Exec {
        private final Exec[] items;

        Vector(List<Exec> items) { this.items = items.toArray(new Exec[0]); }

        @Override Object exec(Object[] f) { return Colls.vector(evalAll(items, f)); }
    }

    static final class Map extends Exec {
        private final Exec[] keyVals;

        Map(List<Exec> keyVals) { this.keyVals = keyVals.toArray(new Exec[0]); }

        @Override Object exec(Object[] f) { return PersistentArrayMap.createWithCheck(evalAll(keyVals, f)); }
    }

    static final class Set extends Exec {
        private final Exec[] items;

        Set(List<Exec> items) { this.items = items.toArray(new Exec[0]); }

        @Override Object exec(Object[] f) { return PersistentHashSet.createWithCheck(evalAll(items, f)); }
    }

    static final class WithMeta extends Exec {
        private final Exec expr;
        private final IPersistentMap meta;

        WithMeta(Exec expr, IPersistentMap meta) {
            this.expr = expr;
            this.meta = meta;
        }

        @Override Object exec(Object[] f) {
            Object v = expr.exec(f);
            return v instanceof IObj o ? o.withMeta(meta) : v;
        }
    }
}
