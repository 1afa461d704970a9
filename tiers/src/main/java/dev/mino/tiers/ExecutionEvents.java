package dev.mino.tiers;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One state's execution listeners (ARCHITECTURE.md 2: per state, never static, so one state can neither
 * observe nor steer another). Tiers report through it; listeners come and go while code runs.
 */
public final class ExecutionEvents {
    private final CopyOnWriteArrayList<ExecutionListener> listeners = new CopyOnWriteArrayList<>();

    public void add(ExecutionListener l) {
        listeners.add(l);
    }

    public void remove(ExecutionListener l) {
        listeners.remove(l);
    }

    public void compiled(String tier, Object artifact) {
        for (ExecutionListener l : listeners) l.compiled(tier, artifact);
    }
}
