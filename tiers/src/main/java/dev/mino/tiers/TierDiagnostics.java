package dev.mino.tiers;

import dev.mino.runtime.embed.MinoState;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What a tier can show about the code it runs, for the CLI and other tools, found with ServiceLoader so
 * that no tool names a tier class: disassembly, and the mino frames an error passed through.
 */
public interface TierDiagnostics {
    /** The tier whose code this describes, as Tier.name(). */
    String tier();

    /**
     * Loads file in state (its program runs) and returns the listing of every fn compiled from it, or one
     * line saying the state runs its fns on another tier.
     */
    String disassembleFile(MinoState state, Path file);

    /** The listing of one fn value, or one line saying it is not this tier's. */
    String disassemble(Object fn);

    /** The mino frames error unwound through, one "  at fn (file:line:col)" line each, innermost first; "" if none. */
    String frames(Throwable error);

    /** The diagnostics of the installed tier that has them (the bytecode tier), if any. */
    static Optional<TierDiagnostics> find() {
        return ServiceLoader.load(TierDiagnostics.class, TierDiagnostics.class.getClassLoader()).findFirst();
    }
}
