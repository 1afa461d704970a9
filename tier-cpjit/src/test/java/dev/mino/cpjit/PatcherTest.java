package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.RelocKind;
import dev.mino.stencilextract.Stencil;
import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.mino.cpjit.PatchedChains.fixnum;
import static dev.mino.cpjit.PatchedChains.jump;
import static dev.mino.cpjit.PatchedChains.step;
import static dev.mino.stencilextract.HoleValue.CONSTANT;
import static dev.mino.stencilextract.HoleValue.HELPER;
import static dev.mino.stencilextract.HoleValue.OPERAND_A;
import static dev.mino.stencilextract.HoleValue.OPERAND_B;
import static dev.mino.stencilextract.HoleValue.OPERAND_C;
import static dev.mino.stencilextract.HoleValue.OPERAND_X;
import static dev.mino.stencilextract.HoleValue.PC;
import static dev.mino.stencilextract.HoleValue.SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relocation patcher on every target's real stencils: a chain is laid out at a load address, and each
 * hole's field is decoded back from the patched bytes (x86-64 imm64/rel32, AArch64 MOVZ/MOVK imm16, B/BL
 * imm26, ADRP+LDR through the GOT) and compared with the value it had to receive. This is what makes the
 * tables usable on targets this machine cannot run.
 */
class PatcherTest {
    static final long BASE = 0x1000_0000L;
    static final long HELPER_ADDRESS = 0x7FFF_1234_5670L; // far from BASE: branches reach it through trampolines

    /** A chain that uses operands, a constant, a branch, a loop, a helper call and both exits. */
    static List<ChainImage.Step> sampleChain() {
        return List.of(
                step("LOAD_K", OPERAND_A, 1, CONSTANT, fixnum(40), PC, 0),
                step("LOAD_K", OPERAND_A, 2, CONSTANT, fixnum(2), PC, 1),
                step("ADD_II", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, SITE, 0xABCDEF, HELPER, HELPER_ADDRESS, PC, 2),
                jump("JMPIFNOT", 6, OPERAND_A, 0, PC, 3),
                step("LOOP_INT_LT_INC", OPERAND_A, 3, OPERAND_B, 4, OPERAND_C, 5, PC, 4),
                step("CALL_CACHED", OPERAND_A, 6, OPERAND_B, 2, OPERAND_X, 9, SITE, 0x51, HELPER, HELPER_ADDRESS, PC, 5),
                step("RETURN", OPERAND_A, 0, PC, 7));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void everyHoleOfASampleChainDecodesToItsValue(Target target) {
        StencilTable table = StencilLibrary.load(target).orElseThrow();
        ChainImage chain = ChainImage.build(table, sampleChain(), BASE);
        int checked = checkEveryHole(table, sampleChain(), chain);
        boolean helperBranches = table.byName().get("ADD_II").holes().stream().anyMatch(h -> h.value() == HELPER && Patcher.isBranch(h.kind()));
        assertEquals(helperBranches, chain.trampolineCount() > 0, "far helper branches go through trampolines on " + target);
        System.out.println(target.triple() + ": sample chain of " + chain.size() + " bytes, " + checked + " holes decoded");
    }

    /** Each stencil of each target, followed by RETURN, with a distinct value for every operand hole. */
    @ParameterizedTest
    @EnumSource(Target.class)
    void everyStencilPatchesAndDecodes(Target target) {
        StencilTable table = StencilLibrary.load(target).orElseThrow();
        Set<RelocKind> seen = EnumSet.noneOf(RelocKind.class);
        int checked = 0;
        for (Stencil s : table.stencils()) {
            List<ChainImage.Step> steps = List.of(
                    jump(s.name(), 1, OPERAND_A, 7, OPERAND_B, 0xB1, OPERAND_C, -3, OPERAND_X, 0x1234, CONSTANT, 0x0123_4567_89AB_CDEFL,
                            PC, 0xFFEE, SITE, 0x7654_3210L, HELPER, HELPER_ADDRESS),
                    step("RETURN", OPERAND_A, 0, PC, 1));
            ChainImage chain = ChainImage.build(table, steps, BASE);
            checked += checkEveryHole(table, steps, chain);
            s.holes().forEach(h -> seen.add(h.kind()));
        }
        Set<RelocKind> ofFormat = EnumSet.noneOf(RelocKind.class);
        for (RelocKind k : RelocKind.values()) if (k.format() == target.format()) ofFormat.add(k);
        assertTrue(ofFormat.containsAll(seen));
        System.out.println(target.triple() + ": " + table.stencils().size() + " stencils, " + checked + " holes decoded, kinds " + seen);
    }

    /** Decodes every hole of every step that the chain kept; answers how many. */
    static int checkEveryHole(StencilTable table, List<ChainImage.Step> steps, ChainImage chain) {
        byte[] image = chain.bytes();
        Map<String, Stencil> stencils = table.byName();
        int checked = 0;
        for (int i = 0; i < steps.size(); i++) {
            Stencil s = stencils.get(steps.get(i).stencil());
            int start = chain.stepOffset(i);
            int kept = i + 1 < steps.size() ? chain.stepOffset(i + 1) - start : s.codeSize();
            for (Hole h : s.holes()) {
                if (h.offset() >= kept) continue;
                long expected = FieldDecoder.visiblePart(h.kind(), expected(steps, i, h, chain));
                long actual = FieldDecoder.decode(image, BASE, start, h, s);
                assertEquals(Long.toHexString(expected), Long.toHexString(actual), table.target() + " step " + i + " " + s.name() + " hole " + h);
                FieldDecoder.assertOpcodeBitsKept(s.code(), h, image, start);
                checked++;
            }
        }
        return checked;
    }

    /** The value hole h of step i must carry (for branches: where they must land). */
    static long expected(List<ChainImage.Step> steps, int i, Hole h, ChainImage chain) {
        return switch (h.value()) {
            case CONTINUE -> BASE + chain.stepOffset(i + 1) + h.addend() + FieldDecoder.elfBranchBias(h.kind());
            case JUMP_TARGET -> BASE + chain.stepOffset(steps.get(i).jumpTo()) + h.addend() + FieldDecoder.elfBranchBias(h.kind());
            case CODE -> BASE + chain.stepOffset(i) + h.addend() + FieldDecoder.elfBranchBias(h.kind());
            case HELPER -> HELPER_ADDRESS + h.addend() + FieldDecoder.elfBranchBias(h.kind());
            default -> steps.get(i).operands().get(h.value()) + h.addend();
        };
    }

    @Test
    void aMissingOperandIsAClearError() {
        StencilTable table = StencilLibrary.load(Target.X86_64_LINUX).orElseThrow();
        PatchException e = assertThrows(PatchException.class,
                () -> ChainImage.build(table, List.of(step("LOAD_K", OPERAND_A, 1, PC, 0), step("RETURN", OPERAND_A, 1, PC, 1)), BASE));
        assertTrue(e.getMessage().contains("LOAD_K") && e.getMessage().contains("CONSTANT"), e.getMessage());
    }

    @Test
    void aChainMayNotContinuePastItsEnd() {
        StencilTable table = StencilLibrary.load(Target.X86_64_LINUX).orElseThrow();
        PatchException e = assertThrows(PatchException.class,
                () -> ChainImage.build(table, List.of(step("LOAD_K", OPERAND_A, 1, CONSTANT, 3, PC, 0)), BASE));
        assertTrue(e.getMessage().contains("continues past the chain's end"), e.getMessage());
    }

    @Test
    void outOfRangeBranchesAreRejectedNotTruncated() {
        byte[] b = new byte[8];
        assertThrows(PatchException.class, () -> Patcher.patch(b, 0, 0, RelocKind.R_AARCH64_JUMP26, 1L << 28));
        assertThrows(PatchException.class, () -> Patcher.patch(b, 0, 0, RelocKind.R_AARCH64_CALL26, 6));
        assertThrows(PatchException.class, () -> Patcher.patch(b, 0, 0, RelocKind.R_X86_64_PLT32, 1L << 33));
    }

    @Test
    void theTrailingContinuationJumpIsDroppedWhenTheNextStepFollows() {
        StencilTable table = StencilLibrary.load(Target.X86_64_LINUX).orElseThrow();
        Stencil loadK = table.byName().get("LOAD_K");
        ChainImage chain = ChainImage.build(table, List.of(step("LOAD_K", OPERAND_A, 1, CONSTANT, 3, PC, 0), step("RETURN", OPERAND_A, 1, PC, 1)), BASE);
        assertEquals(loadK.codeSize() - 5, chain.stepOffset(1), "LOAD_K's jmp rel32 to RETURN is dropped");
    }
}
