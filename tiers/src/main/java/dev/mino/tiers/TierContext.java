package dev.mino.tiers;

import dev.mino.runtime.analyzer.FnNode;

/** What a tier may ask of the engine while running: compile a nested fn literal on the preferred tier. */
public interface TierContext {
    /** The template for a fn literal, compiled once and cached on the node. */
    FnTemplate compileFn(FnNode fn);
}
