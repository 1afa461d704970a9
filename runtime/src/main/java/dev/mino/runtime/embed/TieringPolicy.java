package dev.mino.runtime.embed;

/**
 * An embedder's say in what the native JIT compiles (ARCHITECTURE.md 6): asked once per fn arity when its
 * call count reaches the threshold the policy gives it, and again when a fn is about to be compiled because
 * native code calls it. Plain Java, set on a state with {@link MinoState#setTieringPolicy}; it must be fast
 * and must not throw (a policy that throws is treated as answering "do not compile").
 */
public interface TieringPolicy {
    /** What the JIT knows of a fn arity when it asks. */
    record Candidate(String namespace, String name, int arity, int bytecodeOps, long calls, boolean loops,
                     boolean callsNatively, boolean leavesNativeCode, boolean calledFromNative) {}

    /** Calls after which candidate is offered (1: its first call); the state's threshold is given. */
    default int threshold(Candidate candidate, JitMode mode, int stateThreshold) {
        return mode == JitMode.ON ? 1 : stateThreshold;
    }

    /** Whether to compile candidate now. */
    boolean compile(Candidate candidate, JitMode mode);
}
