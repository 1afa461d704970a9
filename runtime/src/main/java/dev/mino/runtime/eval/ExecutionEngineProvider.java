package dev.mino.runtime.eval;

import dev.mino.runtime.embed.MinoOptions;

/** ServiceLoader entry point: builds the engine for a new state. */
public interface ExecutionEngineProvider {
    ExecutionEngine create(MinoOptions options);
}
