package dev.mino.stencilextract;

import dev.mino.stencilextract.SyntheticObjects.Description;
import dev.mino.stencilextract.SyntheticObjects.Local;
import dev.mino.stencilextract.SyntheticObjects.Reloc;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks the readers and the normaliser without a compiler: for each format and machine it builds a
 * synthetic object whose relocations cover every {@link RelocKind} of that pair (against ABI externs, a
 * local function, a local data symbol and the data section itself), reads and normalises it, and compares
 * the stencil's code, data and holes with what the description says they must be.
 */
public final class SelfTest {
    private static final byte[] DATA = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private static final int BSS_SIZE = 32;   // an unreferenced zero-fill section, so the fuzz reaches that path
    private static final int SLOW = 32;   // offset of the local function "slow" in every description's code
    private static final int TABLE = 8;   // offset of the local data symbol "table"
    private static final List<Local> LOCALS = List.of(new Local("slow", false, SLOW), new Local("table", true, TABLE));
    private static final List<String> EXTERNS = List.of("_JIT_A", "_JIT_B", "_JIT_HELPER", "_JIT_CONTINUE");
    private static final int X86_NOP = 0x90;
    private static final int ARM64_NOP = 0xd503201f;

    private SelfTest() {}

    /** Prints one OK or FAIL line per format and machine; returns 0 when all pass, 1 otherwise. */
    public static int run(PrintStream out) {
        boolean ok = true;
        for (Target t : Target.values()) {
            Description d = description(t);
            String problem = check(d);
            ok &= problem == null;
            out.println(problem == null
                    ? "OK   " + label(t) + ": " + d.relocs().size() + " holes, " + d.code().length + " code bytes"
                    : "FAIL " + label(t) + ": " + problem);
        }
        return ok ? 0 : 1;
    }

    /** How the report names a target: format and machine, e.g. "elf-x86_64" or "macho-arm64". */
    static String label(Target t) {
        String machine = t.format() == ObjectFormat.MACHO && SyntheticObjects.arm(t) ? "arm64" : t.arch();
        return t.format().name().toLowerCase(Locale.ROOT) + "-" + machine;
    }

    /** The synthetic stencil for a target: 48 code bytes, 16 data bytes, 32 zero-fill bytes and a relocation of every kind. */
    static Description description(Target t) {
        List<Reloc> relocs = switch (t) {
            case X86_64_LINUX -> List.of(
                    Reloc.of(2, RelocKind.R_X86_64_64, "_JIT_B", 0),
                    Reloc.of(12, RelocKind.R_X86_64_64, null, 8),
                    Reloc.of(22, RelocKind.R_X86_64_PC32, "table", -4),
                    Reloc.of(27, RelocKind.R_X86_64_PLT32, "slow", -4),
                    Reloc.of(40, RelocKind.R_X86_64_PLT32, "_JIT_CONTINUE", -4));
            case AARCH64_LINUX -> List.of(
                    Reloc.of(0, RelocKind.R_AARCH64_MOVW_UABS_G0_NC, "_JIT_A", 0),
                    Reloc.of(4, RelocKind.R_AARCH64_MOVW_UABS_G1_NC, "_JIT_A", 0),
                    Reloc.of(8, RelocKind.R_AARCH64_MOVW_UABS_G2_NC, "_JIT_A", 0),
                    Reloc.of(12, RelocKind.R_AARCH64_MOVW_UABS_G3, "_JIT_A", 0),
                    Reloc.of(16, RelocKind.R_AARCH64_CALL26, "_JIT_HELPER", 0),
                    Reloc.of(20, RelocKind.R_AARCH64_JUMP26, "slow", 0),
                    Reloc.of(24, RelocKind.R_AARCH64_ABS64, null, 8),
                    Reloc.of(36, RelocKind.R_AARCH64_JUMP26, "_JIT_CONTINUE", 0),
                    Reloc.of(40, RelocKind.R_AARCH64_ABS64, "table", 0));
            case X86_64_MACOS -> List.of(
                    Reloc.of(2, RelocKind.X86_64_RELOC_UNSIGNED, "_JIT_B", 0),
                    Reloc.of(12, RelocKind.X86_64_RELOC_UNSIGNED, null, 8),
                    Reloc.of(22, RelocKind.X86_64_RELOC_UNSIGNED, "table", 4),
                    Reloc.of(31, RelocKind.X86_64_RELOC_BRANCH, "slow", 0),
                    Reloc.of(37, RelocKind.X86_64_RELOC_BRANCH, "_JIT_HELPER", -2),
                    Reloc.of(43, RelocKind.X86_64_RELOC_BRANCH, "_JIT_CONTINUE", 0));
            case ARM64_MACOS -> List.of(
                    Reloc.of(0, RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, "_JIT_B", 0),
                    Reloc.of(4, RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12, "_JIT_B", 0),
                    Reloc.of(8, RelocKind.ARM64_RELOC_BRANCH26, "slow", 0),
                    Reloc.of(12, RelocKind.ARM64_RELOC_BRANCH26, "_JIT_HELPER", -8),
                    Reloc.of(16, RelocKind.ARM64_RELOC_UNSIGNED, null, 8),
                    Reloc.of(24, RelocKind.ARM64_RELOC_UNSIGNED, "table", 4),
                    Reloc.of(44, RelocKind.ARM64_RELOC_BRANCH26, "_JIT_CONTINUE", 12));
            case X86_64_WINDOWS -> List.of(
                    Reloc.of(2, RelocKind.IMAGE_REL_AMD64_ADDR64, "_JIT_A", 0),
                    Reloc.of(12, RelocKind.IMAGE_REL_AMD64_ADDR64, null, 8),
                    Reloc.of(22, RelocKind.IMAGE_REL_AMD64_ADDR64, "table", 4),
                    Reloc.of(31, RelocKind.IMAGE_REL_AMD64_REL32, "slow", -4),
                    Reloc.of(40, RelocKind.IMAGE_REL_AMD64_REL32, "_JIT_CONTINUE", -4));
        };
        return new Description(t, body(t, 48, relocs), DATA, BSS_SIZE, LOCALS, EXTERNS, relocs);
    }

    /**
     * Code bytes for a target: NOPs, with each relocation's field zero (x86) or the instruction that carries
     * that relocation with a zero immediate (arm64, whose Mach-O reader decodes a branch's imm26).
     */
    static byte[] body(Target t, int size, List<Reloc> relocs) {
        byte[] code = new byte[size];
        for (int i = 0; i < size; i++) code[i] = (byte) (SyntheticObjects.arm(t) ? ARM64_NOP >>> (8 * (i % 4)) : X86_NOP);
        for (Reloc r : relocs) {
            int width = r.eightBytes() ? 8 : 4;
            long instruction = SyntheticObjects.arm(t) && !r.eightBytes() && r.kind() != null ? arm64Instruction(r.kind()) : 0;
            for (int i = 0; i < width; i++) code[r.offset() + i] = (byte) (instruction >>> (8 * i));
        }
        return code;
    }

    /** A typical instruction for a relocation of a 4-byte arm64 kind, immediate zero. */
    private static long arm64Instruction(RelocKind kind) {
        return switch (kind) {
            case R_AARCH64_MOVW_UABS_G0_NC -> 0xd2800008L;   // movz x8, #0
            case R_AARCH64_MOVW_UABS_G1_NC -> 0xf2a00008L;   // movk x8, #0, lsl #16
            case R_AARCH64_MOVW_UABS_G2_NC -> 0xf2c00008L;   // movk x8, #0, lsl #32
            case R_AARCH64_MOVW_UABS_G3 -> 0xf2e00008L;      // movk x8, #0, lsl #48
            case R_AARCH64_CALL26 -> 0x94000000L;            // bl .
            case ARM64_RELOC_GOT_LOAD_PAGE21 -> 0x90000008L; // adrp x8, 0
            case ARM64_RELOC_GOT_LOAD_PAGEOFF12 -> 0xf9400108L; // ldr x8, [x8]
            default -> 0x14000000L;                          // b .
        };
    }

    /** Builds, reads and normalises a description; returns what differs from the expectation, or null. */
    static String check(Description d) {
        Stencil s;
        try {
            byte[] file = SyntheticObjects.build(d);
            s = StencilNormaliser.normalise("SELFTEST", "selftest.o", ObjectReader.of(d.target().format()).read(file, "selftest.o"));
        } catch (ObjectFormatException | RuntimeException e) {
            return e.toString();
        }
        String code = compare("code", SyntheticObjects.codeAsWritten(d), s.code());
        if (code != null) return code;
        String data = compare("data", d.data() == null ? new byte[0] : d.data(), s.data());
        if (data != null) return data;
        List<Hole> expected = expectedHoles(d);
        if (expected.size() != s.holes().size()) return expected.size() + " holes expected, got " + s.holes().size() + ": " + s.holes();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(s.holes().get(i))) return "hole " + i + ": expected " + expected.get(i) + ", got " + s.holes().get(i);
        }
        return null;
    }

    private static String compare(String what, byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        if (at < 0) return null;
        return what + " bytes differ at " + at + " (expected " + expected.length + " bytes, got " + actual.length + ")";
    }

    /**
     * The holes the description implies: an ABI extern gives its value; a local symbol gives CODE or DATA with
     * its offset added to the addend; no symbol means the data section, named as the reader names it. The
     * stencil's data is the one data section, at offset 0.
     */
    static List<Hole> expectedHoles(Description d) {
        List<Hole> holes = new ArrayList<>();
        for (Reloc r : d.relocs()) {
            HoleValue abi = r.symbol() == null ? null : HoleValue.ofSymbol(r.symbol());
            if (r.symbol() == null) {
                holes.add(new Hole(r.offset(), r.kind(), HoleValue.DATA, SyntheticObjects.dataSectionName(d.target()), r.addend()));
            } else if (abi != null) {
                holes.add(new Hole(r.offset(), r.kind(), abi, r.symbol(), r.addend()));
            } else {
                Local l = d.locals().stream().filter(x -> x.name().equals(r.symbol())).findFirst()
                        .orElse(new Local(r.symbol(), false, 0));   // _JIT_ENTRY: the code's start
                holes.add(new Hole(r.offset(), r.kind(), l.inData() ? HoleValue.DATA : HoleValue.CODE, r.symbol(), r.addend() + l.offset()));
            }
        }
        holes.sort(Comparator.comparingInt(Hole::offset));
        return holes;
    }
}
