package dev.mino.tier.bytecode;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.TierDiagnostics;

import java.nio.file.Path;

/** The bytecode tier's diagnostics for tools (registered with ServiceLoader): its disassembler and mino frames. */
public final class BytecodeDiagnostics implements TierDiagnostics {
    @Override public String tier() { return "bytecode"; }

    @Override public String disassembleFile(MinoState state, Path file) { return Disassembler.disassembleFile(state, file); }

    @Override public String disassemble(Object fn) { return Disassembler.disassembleAll(fn); }

    @Override public String frames(Throwable error) { return MinoStackTrace.format(error); }
}
