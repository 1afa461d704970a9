package dev.mino.cpjit;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The ids of one state's live chains. Every pc a chain records (a side exit's resume pc, a helper's site)
 * carries its chain's id above bit 16, so Java finds the method that exited, or whose helper runs, from
 * the number alone. An id is reused once its code has been released; the table holds the code weakly.
 */
final class ChainRegistry {
    /** Replaced whole when it grows: helpers read it without a lock. */
    @SuppressWarnings("unchecked")
    private volatile WeakReference<NativeCode>[] byId = new WeakReference[64];
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private int next = 1;

    /** A new id for code, freed when code becomes unreachable. */
    synchronized int register(NativeCode code) {
        Integer reused = free.poll();
        int id = reused != null ? reused : next++;
        WeakReference<NativeCode>[] t = byId;
        if (id >= t.length) t = Arrays.copyOf(t, 2 * id);
        t[id] = new WeakReference<>(code);
        byId = t;
        CodeCache.CLEANER.register(code, () -> release(id));
        return id;
    }

    private synchronized void release(int id) {
        byId[id] = null;
        free.add(id);
    }

    /** The code whose id a recorded pc or site carries; only asked while that code runs (so it is reachable). */
    NativeCode code(long tagged) {
        WeakReference<NativeCode> r = byId[(int) (tagged >>> 16)];
        NativeCode c = r == null ? null : r.get();
        if (c == null) throw new IllegalStateException("no live chain " + (tagged >>> 16));
        return c;
    }

    static int pc(long tagged) {
        return (int) (tagged & 0xFFFF);
    }
}
