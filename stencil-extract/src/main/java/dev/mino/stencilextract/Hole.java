package dev.mino.stencilextract;

/**
 * A place in a stencil's code that the patcher fills: at {@code offset}, write {@code value + addend} the way
 * {@code kind} says. For Mach-O and COFF, whose addends live in the instruction bytes, the reader has moved
 * the addend here (and the bytes keep it; the patcher overwrites the field).
 *
 * @param symbol the symbol the object file named (kept for tables and error messages)
 */
public record Hole(int offset, RelocKind kind, HoleValue value, String symbol, long addend) {
    public Hole {
        if (offset < 0) throw new IllegalArgumentException("negative hole offset " + offset);
    }
}
