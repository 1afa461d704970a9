package dev.mino.cpjit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tier.bytecode.RegisterStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stress lanes that run in-process (ARCHITECTURE.md 10; {@code ./mino task stress} runs them at full
 * size with -Dmino.stress=full, and the suite under GC stress and deopt-a-lot beside them): helper faults
 * injected at random points, and many states on several threads created, run with the JIT on, and dropped.
 */
class StressTest {
    static final boolean FULL = "full".equals(System.getProperty("mino.stress"));

    @BeforeAll
    static void hostHasNativeCode() {
        assumeTrue(JitPreparation.hostStencils().isPresent(), "no native code on this host");
    }

    /** Native code throughout, with two helper calls (str and count, builtins) per label. */
    static final String PROGRAM = "(defn label [x] (+ 1 (count (str \"n\" x))))"
            + "(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))"
            + "(defn work [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc (label (fib (mod i 12))))) acc)))";

    @Test
    void injectedHelperFaultsSurfaceAsTheMinoErrorAndLeaveNothingBehind() {
        MinoState s = JitRuntimeTest.state("on");
        s.eval(PROGRAM);
        Object expected = s.eval("(work 200)");
        JitRuntimeTest.jit(s).calls.injectFaults(0.002);
        int runs = FULL ? 5_000 : 500;
        int failed = 0;
        for (int i = 0; i < runs; i++) {
            try {
                assertEquals(expected, s.eval("(work 200)"));
            } catch (RuntimeException e) {
                assertEquals("injected helper fault", MinoState.describeError(e).replaceFirst("^.*: ", ""), MinoState.describeError(e));
                failed++;
            }
            assertEquals(0, RegisterStack.current().top, "the register stack is back at its base");
        }
        JitRuntimeTest.jit(s).calls.injectFaults(0);
        assertEquals(expected, s.eval("(work 200)"), "the state works on");
        NativeThread t = NativeThread.current();
        assertNull(t.pending, "no error left parked");
        assertNull(t.jit, "no state left entered");
        System.out.printf("fault injection: %,d runs, %,d failed with the injected fault%n", runs, failed);
        assertTrue(failed > runs / 10 && failed < runs, "faults injected at random points: " + failed);
    }

    @Test
    void statesOnSeveralThreadsAreDroppedWithTheirNativeCode() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "no /proc/self/maps on this host");
        settle();
        long baseline = nativeCodeMapped();
        int states = FULL ? 64 : 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            runStates(pool, states);
        } finally {
            pool.shutdown();
        }
        long during = nativeCodeMapped();
        long after = baseline;
        for (int i = 0; i < 20; i++) {
            settle();
            after = nativeCodeMapped();
            if (after <= baseline) break;
        }
        System.out.printf("embedding stress: %d states x 4 threads; native code mapped %,d KiB before, %,d KiB with them, %,d KiB after they were dropped%n",
                states, baseline / 1024, during / 1024, after / 1024);
        assertTrue(after <= baseline, "native code memory back to its baseline: " + after + " > " + baseline);
    }

    /** Virtual threads run a JIT state's fns in the interpreter (NativeCode.enter says why), with the same values. */
    @Test
    void aJitStateRunsOnManyVirtualThreads() throws Exception {
        MinoState s = JitRuntimeTest.state("on");
        s.eval(PROGRAM);
        Object expected = s.eval("(work 50)");
        List<Future<Object>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < (FULL ? 10_000 : 1_000); i++) results.add(pool.submit(() -> s.eval("(work 50)")));
            for (Future<Object> r : results) assertEquals(expected, r.get());
        }
    }

    private static void runStates(ExecutorService pool, int states) throws Exception {
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            MinoState s = JitRuntimeTest.state("on");
            s.eval(PROGRAM);
            for (int thread = 0; thread < 4; thread++) results.add(pool.submit(() -> s.eval("(work 100)")));
        }
        Object first = results.getFirst().get();
        for (Future<Object> r : results) assertEquals(first, r.get());
    }

    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
    }

    /** Bytes of the process's native code mappings (both views of each memfd slab), from /proc/self/maps. */
    static long nativeCodeMapped() throws Exception {
        long total = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            if (!line.contains("memfd:mino-native-code")) continue;
            String[] range = line.split("\\s+")[0].split("-");
            total += Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
        }
        return total;
    }
}
