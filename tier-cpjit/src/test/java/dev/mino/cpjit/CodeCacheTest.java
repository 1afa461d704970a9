package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.mino.cpjit.PatchedChains.fixnum;
import static dev.mino.cpjit.PatchedChains.step;
import static dev.mino.stencilextract.HoleValue.CONSTANT;
import static dev.mino.stencilextract.HoleValue.OPERAND_A;
import static dev.mino.stencilextract.HoleValue.PC;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Executable memory: never writable and executable at once, and freed when the code's owner is dropped. */
@Timeout(120)
class CodeCacheTest {
    StencilTable table;

    @BeforeEach
    void setUp() {
        assumeTrue(CodeRegion.supported() && StencilLibrary.forHost().isPresent(), "no native code on this host");
        table = StencilLibrary.forHost().orElseThrow();
    }

    /** (fn [] k): LOAD_K r0 k; RETURN r0 */
    List<ChainImage.Step> constant(long k) {
        return List.of(step("LOAD_K", OPERAND_A, 0, CONSTANT, fixnum(k), PC, 0), step("RETURN", OPERAND_A, 0, PC, 1));
    }

    /** The permissions /proc/self/maps shows for the mapping holding address, e.g. "r-xp". */
    static String permissions(long address) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split("\\s+");
            String[] range = f[0].split("-");
            if (Long.parseUnsignedLong(range[0], 16) <= address && address < Long.parseUnsignedLong(range[1], 16)) return f[1];
        }
        return "unmapped";
    }

    @Test
    void pagesAreWritableThenExecutableNeverBoth() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "no /proc/self/maps on this host");
        try (CodeRegion region = CodeRegion.allocate(100)) {
            assertEquals("rw-p", permissions(region.address()));
            region.write(0, ChainImage.build(table, constant(1), region.address()).bytes());
            region.makeExecutable();
            assertEquals("r-xp", permissions(region.address()));
        }
        CodeCache cache = new CodeCache();
        List<Object> owners = new ArrayList<>();
        List<CodeCache.Installed> live = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Object owner = new Object();
            owners.add(owner);
            live.add(cache.install(owner, 256, at -> ChainImage.build(table, constant(7), at)));
        }
        for (CodeCache.Installed c : live) {
            String p = permissions(c.entry().address());
            assertTrue(p.startsWith("r-x"), "code runs from a read+execute view, never a writable one: " + p);
        }
        assertTrue(ourMappings(cache, live).stream().noneMatch(p -> p.startsWith("rwx")), "no mapping of ours is writable and executable");
        assertEquals(50, owners.size());
    }

    /** The permissions of every mapping that holds one of the chains' code (their executable views). */
    static List<String> ourMappings(CodeCache cache, List<CodeCache.Installed> chains) throws Exception {
        List<String> out = new ArrayList<>();
        for (CodeCache.Installed c : chains) out.add(permissions(c.entry().address()));
        return out;
    }

    @Test
    void installedCodeRunsAndIsReleased() throws Exception {
        CodeCache cache = new CodeCache();
        Object owner = new Object();
        CodeCache.Installed code = cache.install(owner, 256, at -> ChainImage.build(table, constant(42), at));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment regs = arena.allocate(8 * 4, 8);
            MemorySegment ctx = arena.allocate(NativeContextLayout.LAYOUT);
            long word = (long) Linker.nativeLinker().downcallHandle(code.entry(), FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS)).invokeExact(regs, ctx);
            assertEquals(fixnum(42), word);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        assertEquals(1, cache.liveChains());
        code.release();
        code.release(); // once only
        assertEquals(0, cache.liveChains());
        assertEquals(0, cache.liveBytes());
    }

    /** Collects the dropped owners and waits (up to 10 s) for the cleaner to release their chains. */
    static void settle(CodeCache cache) throws InterruptedException {
        for (int i = 0; i < 500 && cache.liveChains() > 0; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(0, cache.liveChains(), "dropped chains were released");
    }

    /** 100,000 functions compiled and dropped: native code memory stays bounded and returns to its baseline. */
    @Test
    void codeOfDroppedFunctionsIsFreed() throws Exception {
        CodeCache cache = new CodeCache();
        long peakMapped = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            long k = i;
            cache.install(new Object(), 256, at -> ChainImage.build(table, constant(k), at));
            if (i % 10_000 == 9_999) {
                settle(cache);
                peakMapped = Math.max(peakMapped, cache.mappedBytes());
            }
        }
        long elapsed = System.nanoTime() - started;
        settle(cache);
        System.out.printf("100,000 chains installed and dropped in %d ms (%d ns each, GCs included); once the dropped "
                        + "ones were released, at most %d KiB mapped at the 10,000-chain marks; at the end %d chains, %d KiB mapped%n",
                elapsed / 1_000_000, elapsed / 100_000, peakMapped / 1024, cache.liveChains(), cache.mappedBytes() / 1024);
        assertEquals(100_000, cache.installedChains());
        assertEquals(0, cache.liveChains(), "every dropped function's code was released");
        assertTrue(cache.mappedBytes() <= Math.max(CodeCache.SLAB, 4096), "mapped at the end: " + cache.mappedBytes());
        assertTrue(peakMapped <= 2 * CodeCache.SLAB, "at every mark all but the slab being filled was unmapped: " + peakMapped);
    }
}
