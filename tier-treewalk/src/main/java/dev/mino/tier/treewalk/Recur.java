package dev.mino.tier.treewalk;

import java.util.List;

/** (recur args...): evaluates every arg, then rebinds the loop or fn slots and signals a jump back. */
final class Recur extends Exec {
    /** Returned up to the loop or closure that recur targets. */
    static final Object SIGNAL = new Object() {
        @Override public String toString() { return "#recur"; }
    };

    private final int[] slots;
    private final Exec[] args;

    Recur(int[] slots, List<Exec> args) {
        this.slots = slots;
        this.args = args.toArray(new Exec[0]);
    }

    @Override Object exec(Object[] f) {
        int n = args.length;
        if (n == 1) {
            f[slots[0]] = args[0].exec(f);
            return SIGNAL;
        }
        Object[] vals = new Object[n];
        for (int i = 0; i < n; i++) vals[i] = args[i].exec(f);
        for (int i = 0; i < n; i++) f[slots[i]] = vals[i];
        return SIGNAL;
    }
}
