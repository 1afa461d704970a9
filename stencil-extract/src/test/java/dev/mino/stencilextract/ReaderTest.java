package dev.mino.stencilextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.stencilextract.SyntheticObjects.Description;
import dev.mino.stencilextract.SyntheticObjects.Reloc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The readers on real clang output for the five targets (skipped without clang-19), and their errors for
 * relocations stencils may not use and for malformed headers, with the messages checked.
 */
class ReaderTest {
    private static final String STENCIL = """
            #include <stdint.h>
            extern char _JIT_A[], _JIT_B[], _JIT_SITE[];
            extern int64_t _JIT_HELPER(uint64_t *, void *, uint64_t);
            extern uint64_t _JIT_CONTINUE(uint64_t *, void *);
            __attribute__((noinline)) static uint64_t slow(uint64_t *r, void *c) { if (_JIT_HELPER(r, c, (uint64_t)(uintptr_t)_JIT_SITE)) return 0; __attribute__((musttail)) return _JIT_CONTINUE(r, c); }
            uint64_t _JIT_ENTRY(uint64_t *r, void *c) { uint64_t b = r[(uintptr_t)_JIT_B]; if (b & 1) { r[(uintptr_t)_JIT_A] = b + 2; __attribute__((musttail)) return _JIT_CONTINUE(r, c); } __attribute__((musttail)) return slow(r, c); }
            """;
    private static final String FILE = "bad.o";
    private static final List<String> EXTERNS = List.of("_JIT_A", "_JIT_CONTINUE");

    // ---- real clang output ----

    @ParameterizedTest
    @EnumSource(Target.class)
    void readsRealClangOutput(Target t, @TempDir Path dir) throws Exception {
        assumeTrue(onPath("clang-19"), "clang-19 is not on PATH: the real-compiler reader checks need it");
        Path obj = compile(t, dir);
        ObjectFile file = ObjectReader.of(t.format()).read(Files.readAllBytes(obj), obj.toString());
        Stencil s = StencilNormaliser.normalise("TEST", obj.toString(), file);

        assertEquals(expectedKinds(t), kindsByValue(s.holes()), "hole kinds by value for " + t);
        assertTrue(file.symbols().stream().anyMatch(x -> x.name().equals("_JIT_ENTRY")), "symbol names keep C spelling");
        assertFalse(file.symbols().stream().anyMatch(x -> x.name().startsWith("__JIT")), "Mach-O's extra underscore is stripped");
        for (Hole h : s.holes()) {
            if (h.value() == HoleValue.CODE) {
                ObjectFile.Symbol slow = file.symbols().stream().filter(x -> x.name().equals("slow")).findFirst().orElseThrow();
                assertEquals("slow", h.symbol());
                assertEquals(slow.value(), h.addend(), "a jump to slow lands at slow");
                assertNotEquals(0, h.addend());
            }
        }
        if (onPath("llvm-objdump-19")) assertEquals(objdumpRelocations(obj), ourRelocations(file), "relocations vs llvm-objdump-19 -r");
    }

    /** Which relocation kinds each target's compiler uses for each hole value of the test stencil. */
    private static Map<HoleValue, Set<RelocKind>> expectedKinds(Target t) {
        Map<HoleValue, Set<RelocKind>> m = new EnumMap<>(HoleValue.class);
        List<HoleValue> data = List.of(HoleValue.OPERAND_A, HoleValue.OPERAND_B, HoleValue.SITE);
        List<HoleValue> calls = List.of(HoleValue.CONTINUE, HoleValue.HELPER);
        switch (t) {
            case X86_64_LINUX -> {
                data.forEach(v -> m.put(v, EnumSet.of(RelocKind.R_X86_64_64)));
                calls.forEach(v -> m.put(v, EnumSet.of(RelocKind.R_X86_64_PLT32)));
            }
            case AARCH64_LINUX -> {
                data.forEach(v -> m.put(v, EnumSet.of(RelocKind.R_AARCH64_MOVW_UABS_G0_NC, RelocKind.R_AARCH64_MOVW_UABS_G1_NC,
                        RelocKind.R_AARCH64_MOVW_UABS_G2_NC, RelocKind.R_AARCH64_MOVW_UABS_G3)));
                m.put(HoleValue.CONTINUE, EnumSet.of(RelocKind.R_AARCH64_JUMP26));
                m.put(HoleValue.HELPER, EnumSet.of(RelocKind.R_AARCH64_CALL26));
            }
            case X86_64_MACOS -> {
                data.forEach(v -> m.put(v, EnumSet.of(RelocKind.X86_64_RELOC_UNSIGNED)));
                calls.forEach(v -> m.put(v, EnumSet.of(RelocKind.X86_64_RELOC_UNSIGNED)));
                m.put(HoleValue.CODE, EnumSet.of(RelocKind.X86_64_RELOC_UNSIGNED));
            }
            case ARM64_MACOS -> {
                data.forEach(v -> m.put(v, EnumSet.of(RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12)));
                calls.forEach(v -> m.put(v, EnumSet.of(RelocKind.ARM64_RELOC_BRANCH26)));
                m.put(HoleValue.CODE, EnumSet.of(RelocKind.ARM64_RELOC_BRANCH26));
            }
            case X86_64_WINDOWS -> {
                data.forEach(v -> m.put(v, EnumSet.of(RelocKind.IMAGE_REL_AMD64_ADDR64)));
                calls.forEach(v -> m.put(v, EnumSet.of(RelocKind.IMAGE_REL_AMD64_ADDR64)));
                m.put(HoleValue.CODE, EnumSet.of(RelocKind.IMAGE_REL_AMD64_ADDR64));
            }
        }
        return m;
    }

    private static Map<HoleValue, Set<RelocKind>> kindsByValue(List<Hole> holes) {
        Map<HoleValue, Set<RelocKind>> m = new EnumMap<>(HoleValue.class);
        for (Hole h : holes) m.computeIfAbsent(h.value(), v -> EnumSet.noneOf(RelocKind.class)).add(h.kind());
        return m;
    }

    private static Path compile(Target t, Path dir) throws IOException, InterruptedException {
        Path src = Files.writeString(dir.resolve("stencil.c"), STENCIL);
        Path obj = dir.resolve("stencil-" + t.triple() + ".o");
        List<String> cmd = new ArrayList<>(List.of("clang-19"));
        cmd.addAll(t.flags());
        cmd.addAll(List.of("-o", obj.toString(), src.toString()));
        String output = run(cmd);
        assertTrue(Files.isRegularFile(obj), "clang-19 wrote no object: " + output);
        return obj;
    }

    /** "offset type" for every relocation llvm-objdump-19 -r lists (ARM64_RELOC_ADDEND is folded in by our reader). */
    private static Set<String> objdumpRelocations(Path obj) throws IOException, InterruptedException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{16}) +(\\S+) ").matcher(run(List.of("llvm-objdump-19", "-r", obj.toString())));
        while (m.find()) {
            if (!m.group(2).equals("ARM64_RELOC_ADDEND")) out.add(Long.parseLong(m.group(1), 16) + " " + m.group(2));
        }
        return out;
    }

    private static Set<String> ourRelocations(ObjectFile file) {
        Set<String> out = new TreeSet<>();
        for (ObjectFile.Section s : file.sections()) for (ObjectFile.Relocation r : s.relocations()) out.add(r.offset() + " " + r.kind());
        return out;
    }

    private static boolean onPath(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), cmd + " failed:\n" + output);
        return output;
    }

    // ---- relocations stencils may not use ----

    @Test
    void elfRejectsUnsupportedRelocation() {
        ObjectFormatException e = reject(Target.X86_64_LINUX, small(Target.X86_64_LINUX, Reloc.raw(0, 10, "_JIT_A")));
        assertMessage(e, FILE, "relocation type 10", ".text");
        e = reject(Target.AARCH64_LINUX, small(Target.AARCH64_LINUX, Reloc.raw(0, 275, "_JIT_A")));
        assertMessage(e, FILE, "relocation type 275", ".text");
    }

    @Test
    void machORejectsUnsupportedRelocations() {
        assertMessage(reject(Target.X86_64_MACOS, small(Target.X86_64_MACOS, Reloc.raw(0, 1, "_JIT_A"))),
                FILE, "X86_64_RELOC_SIGNED", "__TEXT,__text");
        assertMessage(reject(Target.ARM64_MACOS, small(Target.ARM64_MACOS, Reloc.raw(0, 3, "_JIT_A"))),
                FILE, "ARM64_RELOC_PAGE21", "__TEXT,__text");
        assertMessage(reject(Target.ARM64_MACOS, small(Target.ARM64_MACOS, Reloc.raw(0, 13, "_JIT_A"))),
                FILE, "type 13", "__TEXT,__text");
        assertMessage(reject(Target.X86_64_MACOS, small(Target.X86_64_MACOS, Reloc.raw(0, 0, "_JIT_A"))),
                FILE, "X86_64_RELOC_UNSIGNED of 4 bytes", "__TEXT,__text");
        assertMessage(reject(Target.X86_64_MACOS, small(Target.X86_64_MACOS, Reloc.of(0, RelocKind.X86_64_RELOC_BRANCH, null, 0))),
                FILE, "section-relative", "X86_64_RELOC_BRANCH");
    }

    @Test
    void machORejectsStrayAddend() {
        assertMessage(reject(Target.ARM64_MACOS, small(Target.ARM64_MACOS, Reloc.raw(0, 10, null))), FILE, "ARM64_RELOC_ADDEND ends");
        assertMessage(reject(Target.ARM64_MACOS, small(Target.ARM64_MACOS, Reloc.raw(0, 10, null), Reloc.raw(0, 10, null),
                Reloc.of(0, RelocKind.ARM64_RELOC_BRANCH26, "_JIT_A", 0))), FILE, "two ARM64_RELOC_ADDEND");
    }

    @Test
    void machORejectsScatteredRelocation() {
        byte[] file = small(Target.X86_64_MACOS, Reloc.of(0, RelocKind.X86_64_RELOC_BRANCH, "_JIT_A", 0));
        int reloff = (int) u32(file, 32 + 72 + 56);   // the first section_64's reloff
        put32(file, reloff, u32(file, reloff) | 0x80000000L);
        assertMessage(reject(Target.X86_64_MACOS, file), FILE, "scattered", "__TEXT,__text");
    }

    /** The arm64 reader takes a branch's addend from its imm26 (sign-extended, in instructions). */
    @Test
    void machODecodesBranchImmediate() throws ObjectFormatException {
        List<Reloc> relocs = List.of(Reloc.of(0, RelocKind.ARM64_RELOC_BRANCH26, "_JIT_CONTINUE", 0),
                Reloc.of(4, RelocKind.ARM64_RELOC_BRANCH26, "_JIT_A", 0));
        byte[] code = SelfTest.body(Target.ARM64_MACOS, 16, relocs);
        put32(code, 0, 0x14000002L);   // b .+8
        put32(code, 4, 0x17ffffffL);   // b .-4
        Description d = new Description(Target.ARM64_MACOS, code, null, 0, List.of(), EXTERNS, relocs);
        Stencil s = StencilNormaliser.normalise("T", FILE, new MachOReader().read(SyntheticObjects.build(d), FILE));
        assertEquals(8, s.holes().get(0).addend());
        assertEquals(-4, s.holes().get(1).addend());
    }

    @Test
    void coffRejectsUnsupportedRelocations() {
        assertMessage(reject(Target.X86_64_WINDOWS, small(Target.X86_64_WINDOWS, Reloc.raw(0, 2, "_JIT_A"))),
                FILE, "IMAGE_REL_AMD64_ADDR32", ".text");
        assertMessage(reject(Target.X86_64_WINDOWS, small(Target.X86_64_WINDOWS, Reloc.raw(0, 0x11, "_JIT_A"))),
                FILE, "type 0x11", ".text");
        byte[] file = small(Target.X86_64_WINDOWS, Reloc.of(0, RelocKind.IMAGE_REL_AMD64_REL32, "_JIT_A", 0));
        put32(file, 20 + 36, u32(file, 20 + 36) | 0x01000000L);   // .text's Characteristics |= IMAGE_SCN_LNK_NRELOC_OVFL
        assertMessage(reject(Target.X86_64_WINDOWS, file), FILE, "IMAGE_SCN_LNK_NRELOC_OVFL", ".text");
    }

    // ---- malformed headers ----

    @Test
    void elfRejectsBadHeaders() {
        Target t = Target.X86_64_LINUX;
        assertMessage(reject(t, patched(t, 0, 0x7f, 'E', 'L', 'G')), FILE, "not an ELF file");
        assertMessage(reject(t, patched(t, 4, 1)), FILE, "not a 64-bit");
        assertMessage(reject(t, patched(t, 5, 2)), FILE, "not a little-endian");
        assertMessage(reject(t, patched(t, 16, 2, 0)), FILE, "not a relocatable object");
        assertMessage(reject(t, patched(t, 18, 40, 0)), FILE, "unsupported ELF machine 40");
        assertMessage(reject(t, Arrays.copyOf(valid(t), 40)), FILE, "truncated");
    }

    @Test
    void machORejectsBadHeaders() {
        Target t = Target.X86_64_MACOS;
        assertMessage(reject(t, patched(t, 0, 0xfe, 0xed, 0xfa, 0xcf)), FILE, "big-endian");
        assertMessage(reject(t, patched(t, 0, 0xce, 0xfa, 0xed, 0xfe)), FILE, "32-bit");
        assertMessage(reject(t, patched(t, 0, 0xca, 0xfe, 0xba, 0xbe)), FILE, "universal");
        assertMessage(reject(t, patched(t, 0, 0x7f, 'E', 'L', 'F')), FILE, "not a Mach-O file");
        assertMessage(reject(t, patched(t, 4, 7, 0, 0, 0)), FILE, "unsupported Mach-O CPU type 0x7");
        assertMessage(reject(t, patched(t, 12, 2)), FILE, "not a relocatable object", "filetype 2");
        assertMessage(reject(t, patched(t, 16, 0xff, 0xff, 0xff, 0x7f)), FILE, "load commands cannot fit");
        assertMessage(reject(t, patched(t, 32 + 4, 0, 0, 0, 0)), FILE, "load command 0 has size 0");
        assertMessage(reject(t, Arrays.copyOf(valid(t), 20)), FILE, "truncated");
    }

    @Test
    void coffRejectsBadHeaders() {
        Target t = Target.X86_64_WINDOWS;
        assertMessage(reject(t, patched(t, 0, 0x4c, 0x01)), FILE, "unsupported COFF machine 0x14c");
        assertMessage(reject(t, patched(t, 0, 0x64, 0xaa)), FILE, "unsupported COFF machine 0xaa64");
        assertMessage(reject(t, patched(t, 0, 'M', 'Z')), FILE, "PE image");
        assertMessage(reject(t, patched(t, 0, 0, 0, 0xff, 0xff)), FILE, "bigobj");
        assertMessage(reject(t, patched(t, 16, 0xf0)), FILE, "optional header");
        assertMessage(reject(t, patched(t, 2, 0xff, 0xff)), FILE, "truncated", "section table");
        assertMessage(reject(t, Arrays.copyOf(valid(t), 12)), FILE, "truncated");
    }

    // ---- helpers ----

    /** A 32-byte stencil with the given relocations against _JIT_A / _JIT_CONTINUE, no data. */
    private static byte[] small(Target t, Reloc... relocs) {
        List<Reloc> list = List.of(relocs);
        return SyntheticObjects.build(new Description(t, SelfTest.body(t, 32, list), null, 0, List.of(), EXTERNS, list));
    }

    private static byte[] valid(Target t) {
        return SyntheticObjects.build(SelfTest.description(t));
    }

    /** The full synthetic object of a target with bytes overwritten at {@code at}. */
    private static byte[] patched(Target t, int at, int... bytes) {
        byte[] file = valid(t);
        for (int i = 0; i < bytes.length; i++) file[at + i] = (byte) bytes[i];
        return file;
    }

    private static ObjectFormatException reject(Target t, byte[] file) {
        return assertThrows(ObjectFormatException.class,
                () -> StencilNormaliser.normalise("T", FILE, ObjectReader.of(t.format()).read(file, FILE)));
    }

    private static void assertMessage(ObjectFormatException e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "message lacks \"" + p + "\": " + e.getMessage());
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void put32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) b[at + i] = (byte) (v >>> (8 * i));
    }
}
