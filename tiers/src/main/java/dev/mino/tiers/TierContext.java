package dev.mino.tiers;

import dev.mino.runtime.analyzer.FnNode;

/**
 * What a tier may ask of its state's engine while running: compile a nested fn literal on the preferred
 * tier, and report what it did.
 */
public interface TierContext {
    /** The template for a fn literal, compiled once and cached on the node. */
    FnTemplate compileFn(FnNode fn);

    /** The state's execution listeners. */
    ExecutionEvents events();

    /** The tier that takes hot methods up to native code in this state, or null when there is none. */
    TierUp tierUp();

    /** Makes t take hot methods up from now on (a JIT tier calls this from {@link Tier#attach}). */
    void setTierUp(TierUp t);

    /** The JIT mode the state was created with (MinoOptions.jit(), MINO_JIT), or null for the default. */
    String jitSetting();

    /** The JIT hot threshold the state was created with (MinoOptions.jitThreshold(), MINO_JIT_HOT_THRESHOLD), or null. */
    String jitThresholdSetting();
}
