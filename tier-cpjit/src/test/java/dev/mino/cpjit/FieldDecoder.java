package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.RelocKind;
import dev.mino.stencilextract.Stencil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads a patched field back out of machine code, independently of the patcher: the inverse of each
 * relocation kind, following a trampoline or a GOT slot to the value behind it.
 */
final class FieldDecoder {
    private FieldDecoder() {}

    /** ELF x86-64's PC-relative addends carry -4 (field to next instruction); the landing is value + 4. */
    static long elfBranchBias(RelocKind k) {
        return k == RelocKind.R_X86_64_PLT32 || k == RelocKind.R_X86_64_PC32 ? 4 : 0;
    }

    /** The part of a value a field can show: MOVW fields hold one 16-bit group. */
    static long visiblePart(RelocKind k, long value) {
        int group = movwGroup(k);
        return group < 0 ? value : (value >>> (16 * group) & 0xFFFF) << (16 * group);
    }

    /** What the field of hole h (of stencil s, copied at offset start of an image loaded at base) holds. */
    static long decode(byte[] image, long base, int start, Hole h, Stencil s) {
        int at = start + h.offset();
        long place = base + at;
        return switch (h.kind()) {
            case R_X86_64_64, R_AARCH64_ABS64, X86_64_RELOC_UNSIGNED, ARM64_RELOC_UNSIGNED, IMAGE_REL_AMD64_ADDR64 -> read64(image, at);
            case R_X86_64_PC32, R_X86_64_PLT32, X86_64_RELOC_BRANCH, IMAGE_REL_AMD64_REL32 ->
                    followTrampoline(image, base, place + 4 + read32(image, at));
            case R_AARCH64_MOVW_UABS_G0_NC, R_AARCH64_MOVW_UABS_G1_NC, R_AARCH64_MOVW_UABS_G2_NC, R_AARCH64_MOVW_UABS_G3 ->
                    (long) ((read32(image, at) >>> 5) & 0xFFFF) << (16 * movwGroup(h.kind()));
            case R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 ->
                    followTrampoline(image, base, place + ((long) (read32(image, at) << 6 >> 6) << 2));
            case ARM64_RELOC_GOT_LOAD_PAGE21, ARM64_RELOC_GOT_LOAD_PAGEOFF12 -> gotValue(image, base, start, h, s);
        };
    }

    /** Bits outside the field are as clang wrote them. */
    static void assertOpcodeBitsKept(byte[] original, Hole h, byte[] image, int start) {
        int mask = switch (h.kind()) {
            case R_AARCH64_MOVW_UABS_G0_NC, R_AARCH64_MOVW_UABS_G1_NC, R_AARCH64_MOVW_UABS_G2_NC, R_AARCH64_MOVW_UABS_G3 -> ~(0xFFFF << 5);
            case R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> 0xFC000000;
            case ARM64_RELOC_GOT_LOAD_PAGE21 -> ~((3 << 29) | (0x7FFFF << 5));
            case ARM64_RELOC_GOT_LOAD_PAGEOFF12 -> ~(0xFFF << 10);
            default -> 0; // x86 fields are whole bytes: nothing else in them
        };
        if (mask == 0) return;
        assertEquals(read32(original, h.offset()) & mask, read32(image, start + h.offset()) & mask, "opcode bits of " + h);
    }

    /** ADRP (page) + LDR (offset) of the same symbol: the GOT slot they address, and the value in it. */
    private static long gotValue(byte[] image, long base, int start, Hole h, Stencil s) {
        Hole page = h.kind() == RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21 ? h : partner(s, h, RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, -1);
        Hole offset = h.kind() == RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12 ? h : partner(s, h, RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12, 1);
        int adrp = read32(image, start + page.offset());
        long pages = ((long) ((adrp >>> 5) & 0x7FFFF) << 2 | (adrp >>> 29) & 3) << 43 >> 43;
        long slotPage = ((base + start + page.offset()) & ~0xFFFL) + (pages << 12);
        int ldr = read32(image, start + offset.offset());
        long slot = slotPage + ((long) ((ldr >>> 10) & 0xFFF) << (ldr >>> 30));
        return read64(image, (int) (slot - base));
    }

    /** The nearest hole of kind on the same symbol, before (direction -1) or after (+1) h. */
    private static Hole partner(Stencil s, Hole h, RelocKind kind, int direction) {
        Hole best = null;
        for (Hole o : s.holes()) {
            if (o.kind() != kind || !o.symbol().equals(h.symbol())) continue;
            int d = (o.offset() - h.offset()) * direction;
            if (d > 0 && (best == null || d < (best.offset() - h.offset()) * direction)) best = o;
        }
        if (best == null) fail("no " + kind + " partner for " + h + " in " + s.name());
        return best;
    }

    /** A branch landing on a trampoline reaches the address the trampoline jumps to. */
    private static long followTrampoline(byte[] image, long base, long landing) {
        long at = landing - base;
        if (at < 0 || at + 16 > image.length) return landing;
        int i = (int) at;
        if ((image[i] & 0xFF) == 0xFF && image[i + 1] == 0x25 && read32(image, i + 2) == 0) return read64(image, i + 6);
        if (read32(image, i) == 0x58000050 && read32(image, i + 4) == 0xD61F0200) return read64(image, i + 8);
        return landing;
    }

    private static int movwGroup(RelocKind k) {
        return switch (k) {
            case R_AARCH64_MOVW_UABS_G0_NC -> 0;
            case R_AARCH64_MOVW_UABS_G1_NC -> 1;
            case R_AARCH64_MOVW_UABS_G2_NC -> 2;
            case R_AARCH64_MOVW_UABS_G3 -> 3;
            default -> -1;
        };
    }

    static int read32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static long read64(byte[] b, int at) {
        return (read32(b, at) & 0xFFFFFFFFL) | (long) read32(b, at + 4) << 32;
    }
}
