package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.Var;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * The specialised ops of the main dispatch loop carry their guard in the code itself: while a clojure.core
 * var holds the fn an op was compiled against, the op's word is the fast op; once the var's root is
 * anything else, the word is patched to SPEC_GENERIC, which runs the op's generic side, and patched back
 * when the root is restored (with-redefs). So those ops check nothing when they run. One instance per var
 * watches its root (Var.watchRoot) and holds the var's sites weakly: a compiled fn nobody can call any
 * more is not kept alive by it.
 *
 * <p>The thread that redefines the var sees the patched code at once; other threads see it soon after, as
 * they would a root change read without synchronization.
 */
final class GuardedSites implements Consumer<Var> {
    /** Weak keys: a discarded state's vars (and the state they reach) must not be kept alive from here. */
    private static final Map<Var, GuardedSites> BY_VAR = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<WeakReference<IntrinsicSite>> sites = new ArrayList<>();
    /** The size at which cleared references are next swept out. */
    private int sweepAt = 16;

    private GuardedSites() {}

    /** Starts keeping site's word in step with its var's root; patches it now if the root has already changed. */
    static void watch(IntrinsicSite site) {
        BY_VAR.computeIfAbsent(site.var, v -> {
            GuardedSites g = new GuardedSites();
            v.watchRoot(g);
            return g;
        }).add(site);
    }

    private synchronized void add(IntrinsicSite site) {
        if (sites.size() >= sweepAt) {
            sites.removeIf(r -> r.get() == null);
            sweepAt = Math.max(16, 2 * sites.size());
        }
        sites.add(new WeakReference<>(site));
        site.patch();
    }

    /** The var's root changed: every live site takes the word that matches it. */
    @Override public synchronized void accept(Var v) {
        for (WeakReference<IntrinsicSite> r : sites) {
            IntrinsicSite s = r.get();
            if (s != null) s.patch();
        }
    }
}
