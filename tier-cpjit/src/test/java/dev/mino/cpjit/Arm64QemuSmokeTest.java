package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.mino.cpjit.PatchedChains.fixnum;
import static dev.mino.cpjit.PatchedChains.step;
import static dev.mino.stencilextract.HoleValue.CONSTANT;
import static dev.mino.stencilextract.HoleValue.HELPER;
import static dev.mino.stencilextract.HoleValue.OPERAND_A;
import static dev.mino.stencilextract.HoleValue.OPERAND_B;
import static dev.mino.stencilextract.HoleValue.OPERAND_C;
import static dev.mino.stencilextract.HoleValue.PC;
import static dev.mino.stencilextract.HoleValue.SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Java patcher's aarch64 output, run for real: chains patched for AArch64 Linux are written to files,
 * and a freestanding static driver (src/test/c/arm64_chain_driver.c, built with clang-19 and lld) maps each
 * at its load address, flips it executable and calls it under qemu-aarch64 (Debian's qemu-user). Skipped,
 * saying why, where clang-19, lld or qemu-aarch64 are not installed (.ci/run installs them and sets
 * MINO_REQUIRE_QEMU, so that CI fails rather than skips).
 */
@Timeout(300)
class Arm64QemuSmokeTest {
    static final long LOAD = 0x4000_0000L;
    static final int THUNK = 0x8000; // where the driver writes the branch to its helper
    static final long FIX_MAX = (1L << 62) - 1;

    @TempDir
    static Path dir;
    static Path driver;
    static StencilTable table;

    @BeforeAll
    static void buildDriver() throws Exception {
        requireTool(onPath("clang-19"), "clang-19 is not installed (apt-get install -y clang-19)");
        requireTool(onPath("ld.lld-19") || onPath("ld.lld"), "lld is not installed (apt-get install -y lld-19)");
        requireTool(onPath("qemu-aarch64"), "qemu-aarch64 is not installed (apt-get install -y qemu-user)");
        table = StencilLibrary.load(Target.AARCH64_LINUX).orElseThrow();
        driver = dir.resolve("arm64_chain_driver");
        String out = run(List.of("clang-19", "--target=aarch64-linux-gnu", "-O2", "-ffreestanding", "-nostdlib", "-static",
                "-fuse-ld=lld", "-fno-pic", "-Wall", "-Wextra", "-Werror", "-o", driver.toString(),
                Path.of("src/test/c/arm64_chain_driver.c").toAbsolutePath().toString()), 0);
        assertEquals("", out.strip());
    }

    @Test
    void fortyPlusTwo() throws Exception {
        long[] in = {fixnum(0), fixnum(0), fixnum(0)};
        long[] out = {fixnum(42), fixnum(40), fixnum(2)};
        runChain("add", addChain(40, 2), in, out, fixnum(42), 0, 0);
    }

    @Test
    void fixnumOverflowCallsTheHelperThroughItsBranch() throws Exception {
        long[] in = {fixnum(0), fixnum(0), fixnum(0)};
        long[] out = {0 /* ref */, fixnum(FIX_MAX), fixnum(FIX_MAX)};
        runChain("overflow", addChain(FIX_MAX, FIX_MAX), in, out, 0, 0, 1);
    }

    @Test
    void aFusedLoopRunsTenMillionIterations() throws Exception {
        List<ChainImage.Step> steps = List.of(
                step("LOOP_INT_LT_INC", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, PC, 0),
                step("RETURN", OPERAND_A, 2, PC, 1));
        long[] in = {fixnum(0), fixnum(10_000_000), fixnum(5)};
        long[] out = {fixnum(10_000_000), fixnum(10_000_000), fixnum(10_000_005)};
        runChain("loop", steps, in, out, fixnum(10_000_005), 0, 0);
    }

    @Test
    void aWrongExpectationFails() throws Exception {
        long[] in = {fixnum(0), fixnum(0), fixnum(0)};
        long[] out = {fixnum(43), fixnum(40), fixnum(2)};
        Path file = writeChain("wrong", addChain(40, 2), in, out, fixnum(43), 0, 0);
        run(List.of("qemu-aarch64", driver.toString(), file.toString()), 1);
    }

    static List<ChainImage.Step> addChain(long x, long y) {
        return List.of(
                step("LOAD_K", OPERAND_A, 1, CONSTANT, fixnum(x), PC, 0),
                step("LOAD_K", OPERAND_A, 2, CONSTANT, fixnum(y), PC, 1),
                step("ADD_II", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, SITE, 1, HELPER, LOAD + THUNK, PC, 2),
                step("RETURN", OPERAND_A, 0, PC, 3));
    }

    static void runChain(String name, List<ChainImage.Step> steps, long[] in, long[] out, long returned, long status, long helperCalls) throws Exception {
        Path file = writeChain(name, steps, in, out, returned, status, helperCalls);
        run(List.of("qemu-aarch64", driver.toString(), file.toString()), 0);
    }

    /** The chain file the driver reads (see arm64_chain_driver.c). */
    static Path writeChain(String name, List<ChainImage.Step> steps, long[] in, long[] out, long returned, long status, long helperCalls) throws Exception {
        ChainImage image = ChainImage.build(table, steps, LOAD);
        if (image.size() > THUNK) throw new IllegalStateException("chain overlaps the helper thunk");
        ByteBuffer b = ByteBuffer.allocate(8 * (8 + 2 * in.length) + image.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put("MINOCHN1".getBytes(StandardCharsets.US_ASCII)).putLong(LOAD).putLong(image.size()).putLong(THUNK).putLong(in.length);
        for (long w : in) b.putLong(w);
        for (long w : out) b.putLong(w);
        b.putLong(returned).putLong(status).putLong(helperCalls).put(image.bytes());
        Path file = dir.resolve(name + ".chain");
        Files.write(file, b.array());
        return file;
    }

    static String run(List<String> command, int expectedExit) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), command + " said:\n" + text);
        return text;
    }

    /** Skips, saying why, when a tool is missing; fails instead where MINO_REQUIRE_QEMU is set (CI installs the tools). */
    static void requireTool(boolean present, String reason) {
        if (System.getenv("MINO_REQUIRE_QEMU") != null) assertTrue(present, reason + ", and MINO_REQUIRE_QEMU is set");
        assumeTrue(present, reason);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
