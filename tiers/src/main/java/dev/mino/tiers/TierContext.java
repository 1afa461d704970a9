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
}
