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

    /**
     * The mino frames error unwound through on this thread, innermost first, each "fn (file:line:col)"; empty
     * when the tier keeps none or error was not the last one it saw (clojure.repl/pst prints them).
     */
    default java.util.List<String> frames(Throwable error) {
        return java.util.List.of();
    }

    /** The state's native JIT (an absent one, which keeps no settings, for an engine without tiers). */
    default JitControl jit() {
        return JitControl.absent(dev.mino.runtime.embed.JitMode.AUTO, JitControl.DEFAULT_THRESHOLD);
    }
}
