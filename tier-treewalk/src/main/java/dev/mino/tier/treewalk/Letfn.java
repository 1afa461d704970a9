package dev.mino.tier.treewalk;

import java.util.List;

/**
 * (letfn* [f (fn* ...) ...] body): makes every closure, stores them, then fills in the captured slots that
 * refer to the letfn names themselves (they were still empty when the closures were made).
 */
final class Letfn extends Exec {
    private final int[] slots;
    private final FnLiteral[] fns;
    private final Exec body;

    Letfn(int[] slots, List<FnLiteral> fns, Exec body) {
        this.slots = slots;
        this.fns = fns.toArray(new FnLiteral[0]);
        this.body = body;
    }

    @Override Object exec(Object[] f) {
        Object[][] caps = new Object[fns.length][];
        for (int i = 0; i < fns.length; i++) {
            caps[i] = fns[i].captureValues(f);
            f[slots[i]] = fns[i].template().instantiate(caps[i]);
        }
        for (int i = 0; i < fns.length; i++) {
            int[] from = fns[i].captureSlots;
            for (int j = 0; j < from.length; j++) {
                if (isLetfnSlot(from[j])) caps[i][j] = f[from[j]];
            }
        }
        return body.exec(f);
    }

    private boolean isLetfnSlot(int slot) {
        for (int s : slots) if (s == slot) return true;
        return false;
    }
}
