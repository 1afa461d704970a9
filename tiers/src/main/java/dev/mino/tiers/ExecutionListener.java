package dev.mino.tiers;

/**
 * Observes what the tiers do with one state's fns (metrics, tiering policy, tools such as --disasm). Called
 * on the thread that did it; must not throw.
 */
public interface ExecutionListener {
    /** tier compiled a fn literal into artifact (for the bytecode tier, its BytecodeFn). */
    void compiled(String tier, Object artifact);
}
