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

    public void deoptimized(String tier, Object method, int pc) {
        for (ExecutionListener l : listeners) l.deoptimized(tier, method, pc);
    }

    public void invalidated(String tier, Object method, String reason) {
        for (ExecutionListener l : listeners) l.invalidated(tier, method, reason);
    }

    public void hot(String tier, Object method) {
        for (ExecutionListener l : listeners) l.hot(tier, method);
    }

    public void compileReport(String tier, CompileReport report) {
        for (ExecutionListener l : listeners) l.compileReport(tier, report);
    }

    public void cancelled(String tier) {
        for (ExecutionListener l : listeners) l.cancelled(tier);
    }

    /** Whether anyone listens (so that a tier skips building events nobody reads). */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
