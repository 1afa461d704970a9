package dev.mino.runtime.eval;

import dev.mino.runtime.embed.MinoOptions;

/** ServiceLoader entry point: builds the engine for a new state. */
public interface ExecutionEngineProvider {
    /** The engine of a new state made with options (its tier and JIT settings among them). */
    ExecutionEngine create(MinoOptions options);
}
