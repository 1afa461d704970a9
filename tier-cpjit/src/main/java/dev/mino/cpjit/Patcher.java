package dev.mino.cpjit;

import dev.mino.stencilextract.RelocKind;

/**
 * Writes a hole's value into code, one method per relocation kind (after CPython's jit.c: each with the
 * bit layout it writes). {@code value} is always S + A as the kind's format defines it (S the symbol's
 * address or value, A the addend); PC-relative kinds also take P, the address of the field itself.
 */
public final class Patcher {
    private Patcher() {}

    /** Patches the field at image[at], which will live at address place, for a hole of kind. */
    public static void patch(byte[] image, int at, long place, RelocKind kind, long value) {
        switch (kind) {
            case R_X86_64_64, R_AARCH64_ABS64, X86_64_RELOC_UNSIGNED, ARM64_RELOC_UNSIGNED, IMAGE_REL_AMD64_ADDR64 -> patch64(image, at, value);
            // ELF: the addend already subtracts the 4 bytes from the field to the next instruction.
            case R_X86_64_PC32, R_X86_64_PLT32 -> patch32r(image, at, value - place, kind);
            // Mach-O and COFF: relative to the end of the 4-byte field.
            case X86_64_RELOC_BRANCH, IMAGE_REL_AMD64_REL32 -> patch32r(image, at, value - (place + 4), kind);
            case R_AARCH64_MOVW_UABS_G0_NC -> patchMovw(image, at, value, 0);
            case R_AARCH64_MOVW_UABS_G1_NC -> patchMovw(image, at, value, 1);
            case R_AARCH64_MOVW_UABS_G2_NC -> patchMovw(image, at, value, 2);
            case R_AARCH64_MOVW_UABS_G3 -> patchMovw(image, at, value, 3);
            case R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> patchBranch26(image, at, value - place, kind);
            case ARM64_RELOC_GOT_LOAD_PAGE21 -> patchAdrp(image, at, value, place);
            case ARM64_RELOC_GOT_LOAD_PAGEOFF12 -> patchLoadPageOffset12(image, at, value);
        }
    }

    /** Whether kind is a PC-relative branch (a jump or call), which a trampoline can extend. */
    public static boolean isBranch(RelocKind kind) {
        return switch (kind) {
            case R_X86_64_PLT32, X86_64_RELOC_BRANCH, R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> true;
            default -> false;
        };
    }

    /**
     * Where a branch hole with this S + A lands. ELF x86-64's addend carries -4 for the field's distance
     * to the next instruction, so it lands at value + 4; the other formats land at value.
     */
    public static long branchDestination(RelocKind kind, long value) {
        return kind == RelocKind.R_X86_64_PLT32 || kind == RelocKind.R_X86_64_PC32 ? value + 4 : value;
    }

    /** Whether a branch from place to destination fits kind's displacement field. */
    public static boolean inRange(RelocKind kind, long place, long destination) {
        long d = destination - place;
        return switch (kind) {
            case R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> d >= -(1L << 27) && d < (1L << 27);
            default -> d - 4 >= Integer.MIN_VALUE && d - 4 <= Integer.MAX_VALUE;
        };
    }

    /** 64-bit absolute: the whole little-endian doubleword [63:0] := value. */
    static void patch64(byte[] image, int at, long value) {
        for (int i = 0; i < 8; i++) image[at + i] = (byte) (value >>> (8 * i));
    }

    /** 32-bit PC-relative: the little-endian word [31:0] := displacement, which must fit a signed 32 bits. */
    static void patch32r(byte[] image, int at, long displacement, RelocKind kind) {
        if (displacement != (int) displacement) throw new PatchException(kind + " displacement " + displacement + " does not fit 32 bits");
        write32(image, at, (int) displacement);
    }

    /**
     * AArch64 MOVZ/MOVK: bits [20:5] (imm16) := bits [16g+15 : 16g] of value; the instruction's opcode,
     * shift (hw) and register stay as clang wrote them.
     */
    static void patchMovw(byte[] image, int at, long value, int group) {
        int insn = read32(image, at);
        int imm16 = (int) (value >>> (16 * group)) & 0xFFFF;
        write32(image, at, (insn & ~(0xFFFF << 5)) | imm16 << 5);
    }

    /** AArch64 B/BL: bits [25:0] (imm26) := displacement / 4, which must be 4-aligned and within ±128 MiB. */
    static void patchBranch26(byte[] image, int at, long displacement, RelocKind kind) {
        if ((displacement & 3) != 0) throw new PatchException(kind + " displacement " + displacement + " is not 4-aligned");
        if (displacement < -(1L << 27) || displacement >= (1L << 27)) throw new PatchException(kind + " displacement " + displacement + " is beyond ±128 MiB");
        int insn = read32(image, at);
        write32(image, at, (insn & 0xFC000000) | (int) (displacement >> 2) & 0x03FFFFFF);
    }

    /**
     * AArch64 ADRP: the 21-bit page delta (target page - place page) / 4096, split as immlo = bits [30:29]
     * (its low 2 bits) and immhi = bits [23:5] (its high 19 bits). value is the GOT slot's address.
     */
    static void patchAdrp(byte[] image, int at, long value, long place) {
        long pages = (value >> 12) - (place >> 12);
        if (pages < -(1L << 20) || pages >= (1L << 20)) throw new PatchException("ADRP page delta " + pages + " is beyond ±4 GiB");
        int insn = read32(image, at);
        int immlo = (int) pages & 3;
        int immhi = (int) (pages >> 2) & 0x7FFFF;
        write32(image, at, (insn & ~(3 << 29) & ~(0x7FFFF << 5)) | immlo << 29 | immhi << 5);
    }

    /**
     * AArch64 LDR (unsigned immediate) of the GOT slot: bits [21:10] (imm12) := (value & 0xFFF) scaled down
     * by the access size in bits [31:30]; the slot must be aligned to that size.
     */
    static void patchLoadPageOffset12(byte[] image, int at, long value) {
        int insn = read32(image, at);
        int scale = insn >>> 30;
        int offset = (int) value & 0xFFF;
        if ((offset & ((1 << scale) - 1)) != 0) throw new PatchException("GOT slot offset " + offset + " is not aligned to " + (1 << scale));
        write32(image, at, (insn & ~(0xFFF << 10)) | (offset >> scale) << 10);
    }

    static int read32(byte[] image, int at) {
        return (image[at] & 0xFF) | (image[at + 1] & 0xFF) << 8 | (image[at + 2] & 0xFF) << 16 | (image[at + 3] & 0xFF) << 24;
    }

    static void write32(byte[] image, int at, int v) {
        for (int i = 0; i < 4; i++) image[at + i] = (byte) (v >>> (8 * i));
    }
}
