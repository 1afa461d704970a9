package dev.mino.tiers;

/**
 * Observes what the tiers do with one state's fns (metrics, tiering policy, tools such as --disasm). Called
 * on the thread that did it; must not throw.
 */
public interface ExecutionListener {
    /** tier compiled a fn literal into artifact (for the bytecode tier, its BytecodeFn). */
    void compiled(String tier, Object artifact);

    /** Native code of method left for the interpreter at pc (a deopt: the interpreter finishes the call). */
    default void deoptimized(String tier, Object method, int pc) {}

    /** tier dropped its code for method because what it was compiled against changed (reason says what). */
    default void invalidated(String tier, Object method, String reason) {}

    /** method's call count reached the state's hot threshold and it was offered to tier (compiled or not). */
    default void hot(String tier, Object method) {}

    /** tier tried to compile a method: what came of it. */
    default void compileReport(String tier, CompileReport report) {}

    /** Code of tier stopped for a cancellation (future-cancel) it noticed at a poll. */
    default void cancelled(String tier) {}
}
