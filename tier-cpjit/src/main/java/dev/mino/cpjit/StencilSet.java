package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.HoleValue;
import dev.mino.stencilextract.Stencil;
import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;

import java.util.HashMap;
import java.util.Map;

/**
 * A stencil table prepared once for laying out chains: stencils by name with their bytes unpacked and
 * what the layout asks of each precomputed, so that compiling a function does no per-table work.
 */
public final class StencilSet {
    /** A stencil with its code and data bytes (not to be modified) and the length of its droppable final jump. */
    public record Prepared(Stencil stencil, byte[] code, byte[] data, int trailingJump) {}

    private final Target target;
    private final Map<String, Prepared> byName = new HashMap<>();

    private StencilSet(StencilTable table) {
        this.target = Target.byTriple(table.target());
        for (Stencil s : table.stencils()) {
            byte[] code = s.code();
            byName.put(s.name(), new Prepared(s, code, s.data(), trailingJumpLength(s, code)));
        }
    }

    public static StencilSet of(StencilTable table) {
        return new StencilSet(table);
    }

    public Target target() {
        return target;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The stencil named name; a PatchException when this target has none. */
    public Prepared get(String name) {
        Prepared p = byName.get(name);
        if (p == null) throw new PatchException("no stencil " + name + " for " + target.triple());
        return p;
    }

    /**
     * The length of a stencil's final instruction when it is the jump to the next op, which the next
     * step makes unnecessary: x86-64 {@code jmp rel32} (e9 + field, 5 bytes) or AArch64 {@code b} (4 bytes).
     * An internal branch to that jump still lands right: at the next step, where the jump went.
     */
    private static int trailingJumpLength(Stencil s, byte[] code) {
        for (Hole h : s.holes()) {
            if (h.value() != HoleValue.CONTINUE || h.offset() != code.length - 4) continue;
            switch (h.kind()) {
                case R_X86_64_PLT32, R_X86_64_PC32, X86_64_RELOC_BRANCH, IMAGE_REL_AMD64_REL32 -> {
                    if (code.length >= 5 && (code[code.length - 5] & 0xFF) == 0xE9) return 5;
                }
                case R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> {
                    if ((Patcher.read32(code, h.offset()) & 0xFC000000) == 0x14000000) return 4;
                }
                default -> { }
            }
        }
        return 0;
    }
}
