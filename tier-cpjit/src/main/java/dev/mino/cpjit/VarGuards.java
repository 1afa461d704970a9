package dev.mino.cpjit;

import dev.mino.runtime.lang.Var;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One state's watch on the vars its native code assumed: a clojure.core fn an op was specialised
 * against, or the fn a native call links to. When such a var's root changes, each chain that assumed it
 * is told (and drops that code or link); the thread that changed it sees the change before its next call,
 * others soon after. One watcher per var, holding the chains weakly.
 */
final class VarGuards {
    private final Map<Var, Watch> watches = new HashMap<>();

    synchronized void watch(Var var, NativeCode code) {
        watches.computeIfAbsent(var, v -> {
            Watch w = new Watch();
            v.watchRoot(w);
            return w;
        }).add(code);
    }

    private static final class Watch implements Consumer<Var> {
        private final List<WeakReference<NativeCode>> codes = new ArrayList<>();
        private int sweepAt = 16;

        synchronized void add(NativeCode code) {
            for (WeakReference<NativeCode> r : codes) if (r.get() == code) return;
            if (codes.size() >= sweepAt) {
                codes.removeIf(r -> r.get() == null);
                sweepAt = Math.max(16, 2 * codes.size());
            }
            codes.add(new WeakReference<>(code));
        }

        @Override
        public void accept(Var v) {
            List<NativeCode> live = new ArrayList<>();
            synchronized (this) {
                for (WeakReference<NativeCode> r : codes) {
                    NativeCode c = r.get();
                    if (c != null) live.add(c);
                }
            }
            for (NativeCode c : live) c.varChanged(v);
        }
    }
}
