package dev.mino.tier.treewalk;

import java.util.List;

/** (let* [...] body): each init is stored in its slot before the next runs. */
final class Let extends Exec {
    private final int[] slots;
    private final Exec[] inits;
    private final Exec body;

    Let(int[] slots, List<Exec> inits, Exec body) {
        this.slots = slots;
        this.inits = inits.toArray(new Exec[0]);
        this.body = body;
    }

    @Override Object exec(Object[] f) {
        for (int i = 0; i < slots.length; i++) f[slots[i]] = inits[i].exec(f);
        return body.exec(f);
    }
}
