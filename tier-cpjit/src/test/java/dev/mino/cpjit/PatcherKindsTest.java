package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.HoleValue;
import dev.mino.stencilextract.RelocKind;
import dev.mino.stencilextract.Stencil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each relocation kind's patch method on its own, including the kinds clang does not emit for today's
 * stencils (PC32 data references, Mach-O BRANCH, COFF REL32, the 64-bit data kinds): a field is patched
 * inside a typical instruction and decoded back.
 */
class PatcherKindsTest {
    static final long BASE = 0x2000_0000L;
    static final int AT = 16;

    @ParameterizedTest
    @EnumSource(RelocKind.class)
    void theValueLandsInTheField(RelocKind kind) {
        long target = switch (kind) {
            case R_X86_64_PC32, R_X86_64_PLT32, X86_64_RELOC_BRANCH, IMAGE_REL_AMD64_REL32 -> BASE + 0x7654_3210L;
            case R_AARCH64_CALL26, R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> BASE - 0x0123_4560L;
            default -> 0x0123_4567_89AB_CDEFL;
        };
        byte[] code = new byte[64];
        List<Hole> holes = new ArrayList<>();
        int template = switch (kind) {
            case R_AARCH64_MOVW_UABS_G0_NC -> 0xD2800008;  // movz x8, #0
            case R_AARCH64_MOVW_UABS_G1_NC, R_AARCH64_MOVW_UABS_G2_NC, R_AARCH64_MOVW_UABS_G3 -> 0xF2A00008; // movk x8, #0, lsl #16
            case R_AARCH64_CALL26 -> 0x94000000;           // bl
            case R_AARCH64_JUMP26, ARM64_RELOC_BRANCH26 -> 0x14000000; // b
            case ARM64_RELOC_GOT_LOAD_PAGE21 -> 0x90000008; // adrp x8, 0
            case ARM64_RELOC_GOT_LOAD_PAGEOFF12 -> 0xF9400108; // ldr x8, [x8]
            default -> 0;
        };
        Patcher.write32(code, AT, template);
        holes.add(new Hole(AT, kind, HoleValue.OPERAND_A, "_JIT_A", 0));
        long value = target;
        if (kind == RelocKind.R_X86_64_PC32 || kind == RelocKind.R_X86_64_PLT32) value -= 4; // ELF's addend for a field 4 bytes before the next instruction
        if (kind == RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21 || kind == RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12) {
            // The pair addresses a GOT slot that holds the target: place the slot, patch both halves.
            int slot = 48;
            Patcher.patch64(code, slot, target);
            Patcher.write32(code, AT, 0x90000008);
            Patcher.write32(code, AT + 4, 0xF9400108);
            holes.clear();
            holes.add(new Hole(AT, RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, HoleValue.OPERAND_A, "_JIT_A", 0));
            holes.add(new Hole(AT + 4, RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12, HoleValue.OPERAND_A, "_JIT_A", 0));
            byte[] original = code.clone();
            Patcher.patch(code, AT, BASE + AT, RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, BASE + slot);
            Patcher.patch(code, AT + 4, BASE + AT + 4, RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12, BASE + slot);
            Stencil s = new Stencil("T", original, new byte[0], holes);
            for (Hole h : holes) {
                assertEquals(Long.toHexString(target), Long.toHexString(FieldDecoder.decode(code, BASE, 0, h, s)));
                FieldDecoder.assertOpcodeBitsKept(original, h, code, 0);
            }
            return;
        }
        byte[] original = code.clone();
        Patcher.patch(code, AT, BASE + AT, kind, value);
        Hole h = holes.getFirst();
        Stencil s = new Stencil("T", original, new byte[0], holes);
        long landed = FieldDecoder.decode(code, BASE, 0, h, s);
        assertEquals(Long.toHexString(FieldDecoder.visiblePart(kind, target)), Long.toHexString(landed), kind.toString());
        FieldDecoder.assertOpcodeBitsKept(original, h, code, 0);
    }
}
