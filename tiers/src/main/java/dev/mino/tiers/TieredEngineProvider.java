package dev.mino.tiers;

import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.eval.ExecutionEngine;
import dev.mino.runtime.eval.ExecutionEngineProvider;

/** Registered with ServiceLoader so the runtime finds the tiered engine without naming it. */
public final class TieredEngineProvider implements ExecutionEngineProvider {
    @Override public ExecutionEngine create(MinoOptions options) {
        return new TieredEngine(TieredEngine.discover(), options.tier(), options.jit(), options.jitThreshold());
    }
}
