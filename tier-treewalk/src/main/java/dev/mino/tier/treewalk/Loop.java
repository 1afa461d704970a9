package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.Safepoint;
import java.util.List;

/** (loop* [...] body): runs the body again each time it ends in recur. */
final class Loop extends Exec {
    private final int[] slots;
    private final Exec[] inits;
    private final Exec body;

    Loop(int[] slots, List<Exec> inits, Exec body) {
        this.slots = slots;
        this.inits = inits.toArray(new Exec[0]);
        this.body = body;
    }

    @Override Object exec(Object[] f) {
        for (int i = 0; i < slots.length; i++) f[slots[i]] = inits[i].exec(f);
        Object r;
        while ((r = body.exec(f)) == Recur.SIGNAL) {
            Safepoint.poll();
        }
        return r;
    }
}
