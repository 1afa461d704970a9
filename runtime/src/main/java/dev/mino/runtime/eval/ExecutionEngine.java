package dev.mino.runtime.eval;

import dev.mino.runtime.embed.JitControl;

import dev.mino.runtime.analyzer.TopLevel;

/**
 * What the runtime needs from the execution tiers: run an analyzed top-level form. The runtime finds an
 * implementation through {@link ExecutionEngineProvider} and ServiceLoader, so it never names a tier.
 */
public interface ExecutionEngine {
    /** Runs an analyzed top-level form on the calling thread and returns its value. */
    Object eval(TopLevel form);

    /** The name of the tier that compiles fns (for diagnostics). */
    String describe();

    /** The state's native JIT (an absent one, which keeps no settings, for an engine without tiers). */
    default JitControl jit() {
        return JitControl.absent(dev.mino.runtime.embed.JitMode.AUTO, JitControl.DEFAULT_THRESHOLD);
    }
}
