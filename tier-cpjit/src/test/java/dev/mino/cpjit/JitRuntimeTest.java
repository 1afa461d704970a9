package dev.mino.cpjit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.ExecutionListener;
import dev.mino.runtime.embed.JitMode;
import dev.mino.tiers.TieredEngine;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JIT inside a state: what runs natively, what it gives back, and what stops or drops it. */
class JitRuntimeTest {
    @BeforeAll
    static void hostHasNativeCode() {
        assumeTrue(JitPreparation.hostStencils().isPresent(), "no native code on this host");
        JitPreparation.prepare(); // AUTO's first hot method would otherwise wait for a background preparation
    }

    static MinoState state(String jit) {
        return Mino.newState(MinoOptions.commandLine("bytecode", jit));
    }

    static Jit jit(MinoState s) {
        return (Jit) ((TieredEngine) s.engine()).tierUp();
    }

    static final class Counts implements ExecutionListener {
        final AtomicInteger compiled = new AtomicInteger();
        final AtomicInteger deopts = new AtomicInteger();
        final AtomicInteger invalidated = new AtomicInteger();

        @Override public void compiled(String tier, Object artifact) {
            if (tier.equals("cpjit")) compiled.incrementAndGet();
        }

        @Override public void deoptimized(String tier, Object method, int pc) {
            if (((dev.mino.tier.bytecode.BytecodeFn.Method) method).owner().name().equals("user/add")) deopts.incrementAndGet();
        }

        @Override public void invalidated(String tier, Object method, String reason) {
            invalidated.incrementAndGet();
        }
    }

    @Test
    void theModesDecideWhenMethodsAreCompiled() {
        for (String mode : List.of("on", "auto", "off")) {
            MinoState s = state(mode);
            Counts c = new Counts();
            TieredEngine.events(s).add(c);
            s.eval("(defn sq [x] (loop [i 0 acc 0] (if (< i x) (recur (inc i) (+ acc x)) acc)))");
            s.eval("(sq 3)");
            int afterOne = c.compiled.get();
            s.eval("(dotimes [i 20] (sq i))");
            int afterMany = c.compiled.get();
            switch (JitMode.parse(mode)) {
                case ON -> assertTrue(afterOne >= 1, "on: compiled at the first call");
                case AUTO -> assertTrue(afterOne == 0 && afterMany >= 1, "auto: after the threshold (" + afterOne + ", " + afterMany + ")");
                case OFF -> assertEquals(0, afterMany, "off: never");
            }
            assertEquals(JitMode.parse(mode), s.jitCapability().mode());
        }
    }

    @Test
    void nativeCallsBetweenNativeFnsGiveTheInterpretersValues() {
        MinoState on = state("on");
        MinoState off = state("off");
        String fib = "(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))";
        on.eval(fib);
        off.eval(fib);
        assertEquals(off.eval("(fib 20)"), on.eval("(fib 20)"));
        assertEquals(6765L, on.eval("(fib 20)"));
    }

    @Test
    void aOneMillionDeepMutualTailRecursionRunsInConstantStack() {
        MinoState s = state("on");
        s.eval("(declare od?) (defn ev? [n] (if (zero? n) true (od? (dec n)))) (defn od? [n] (if (zero? n) false (ev? (dec n))))");
        assertEquals(Boolean.TRUE, s.eval("(ev? 1000000)"));
    }

    @Test
    void deepNativeRecursionIsAMinoStackOverflow() {
        MinoState s = state("on");
        s.eval("(defn deep [n] (if (zero? n) 0 (inc (deep (dec n)))))");
        assertEquals(1000L, s.eval("(deep 1000)"));
        Object r = s.eval("(try (deep 100000000) (catch Throwable e (.getMessage e)))");
        assertTrue(String.valueOf(r).startsWith("stack overflow"), String.valueOf(r));
        assertEquals(10L, s.eval("(deep 10)"), "the state works on after it");
    }

    @Test
    void aSlowPathLeavesForTheInterpreterWithItsResult() {
        MinoState s = state("on");
        Counts c = new Counts();
        TieredEngine.events(s).add(c);
        s.eval("(defn add [a b] (+ a b))");
        assertEquals(3L, s.eval("(add 1 2)"));
        assertEquals(0, c.deopts.get(), "fixnums: no exit");
        assertEquals("9223372036854775807", String.valueOf(s.eval("(add 9223372036854775806 1)")));
        assertEquals(2.5, s.eval("(add 1 1.5)"));
        assertTrue(c.deopts.get() >= 2, "non-fixnum operands leave native code");
        Object err = s.eval("(try (add 9223372036854775807 1) (catch ArithmeticException e (.getMessage e)))");
        assertEquals("integer overflow", err);
    }

    @Test
    void errorsInNativeCallsCarryTheFramesAndPositions() {
        MinoState s = state("on");
        s.eval("(defn inner [x] (if (> x 3) (throw (ex-info \"boom\" {:x x})) x))\n"
                + "(defn outer [n] (loop [i 0] (if (< i n) (do (inner i) (recur (inc i))) i)))", "frames.clj");
        Object data = s.eval("(try (outer 10) (catch Exception e (ex-data e)))");
        assertEquals("{:x 4}", s.printString(data));
    }

    @Test
    void aFnEndingInAThrowCompiles() {
        MinoState s = state("on");
        List<Object> reports = new ArrayList<>();
        TieredEngine.events(s).add(new ExecutionListener() {
            @Override public void compiled(String tier, Object artifact) {}

            @Override public void compileReport(String tier, dev.mino.tiers.CompileReport r) {
                if (r.fn().equals("user/fail")) reports.add(r.result());
            }
        });
        s.eval("(defn fail [x] (throw (ex-info \"no\" {:x x})))");
        assertEquals("{:x 1}", s.printString(s.eval("(try (fail 1) (catch Exception e (ex-data e)))")));
        assertEquals(List.of(dev.mino.tiers.CompileReport.Result.OK), reports);
    }

    @Test
    void minoStackTracesIncludeNativeFrames() {
        String program = "(defn inner [x] (if (> x 3) (throw (ex-info \"boom\" {:x x})) x))\n"
                + "(defn middle [x] (+ 1 (inner x)))\n"
                + "(defn outer [n] (loop [i 0] (if (< i n) (do (middle i) (recur (inc i))) i)))";
        List<String> traces = new ArrayList<>();
        for (String mode : List.of("off", "on")) {
            MinoState s = state(mode);
            s.eval(program, "frames.clj");
            try {
                s.eval("(outer 10)");
            } catch (RuntimeException e) {
                traces.add(dev.mino.tier.bytecode.MinoStackTrace.format(e));
            }
        }
        assertEquals(2, traces.size(), "both runs fail");
        assertTrue(traces.get(0).contains("user/inner") && traces.get(0).contains("user/middle") && traces.get(0).contains("user/outer"), traces.get(0));
        assertEquals(traces.get(0), traces.get(1), "the JIT-on trace names the same frames and positions");
    }

    @Test
    void redefiningACoreFnInvalidatesNativeCodeOnEveryThread() throws Exception {
        MinoState s = state("on");
        Counts c = new Counts();
        TieredEngine.events(s).add(c);
        s.eval("(defn plus [a b] (+ a b)) (defn use-plus [n] (plus n n))");
        assertEquals(10L, s.eval("(use-plus 5)"));
        s.eval("(alter-var-root #'+ (constantly *))");
        assertEquals(25L, s.eval("(use-plus 5)"), "this thread");
        assertEquals(49L, CompletableFuture.supplyAsync(() -> s.eval("(use-plus 7)")).get(), "another thread");
        assertTrue(c.invalidated.get() >= 1, "the chain specialised on + was dropped");
    }

    @Test
    void redefiningACalleeRelinksTheCall() {
        MinoState s = state("on");
        s.eval("(defn f [x] (+ x 1)) (defn g [x] (f x))");
        assertEquals(2L, s.eval("(g 1)"));
        assertEquals(2L, s.eval("(g 1)"));
        s.eval("(defn f [x] (+ x 100))");
        assertEquals(101L, s.eval("(g 1)"));
    }

    @Test
    void aFutureSpinningInANativeLoopStops() throws Exception {
        MinoState s = state("on");
        s.eval("(defn spin [n] (loop [i 0] (if (< i n) (recur (inc i)) i)))"
                + "(defn spin-xor [n] (loop [i 0 acc 0] (if (< i n) (recur (+ i 1) (bit-xor acc i)) acc)))");
        long[] latencies = new long[100];
        for (int trial = 0; trial < latencies.length; trial++) {
            String f = trial % 2 == 0 ? "spin" : "spin-xor";
            // Cancelled only once it runs (a future cancelled before it starts never runs its finally).
            s.eval("(def started (promise)) (def stopped (promise))"
                    + "(def fut (future (deliver started true) (try (" + f + " 4000000000000000000) (finally (deliver stopped (System/nanoTime))))))");
            s.eval("(deref started)");
            Thread.sleep(trial % 3); // 0: often before the loop has entered native code
            long t0 = System.nanoTime();
            assertEquals(Boolean.TRUE, s.eval("(future-cancel fut)"));
            Object at = s.eval("(deref stopped 10000 nil)");
            assertNotNull(at, "the future's loop stopped");
            latencies[trial] = Math.max(0, (Long) at - t0);
        }
        Arrays.sort(latencies);
        System.out.printf("cancel latency, future in a native loop, 100 trials: median %,d us, max %,d us%n",
                latencies[50] / 1000, latencies[99] / 1000);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"off", "on"})
    void aDroppedStateIsNotKeptReachableByTheRegisterStack(String mode) throws Exception {
        WeakReference<Object> ref = dropStateAfterRunning(mode);
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "the dropped state's value is still reachable");
    }

    private static WeakReference<Object> dropStateAfterRunning(String mode) {
        MinoState s = state(mode);
        Object marker = s.eval("(def marker (Object.)) (defn keep-it [x y] [x y marker]) (keep-it marker 1) marker");
        return new WeakReference<>(marker);
    }

    @Test
    void codeOf100000DroppedFnsIsReleased() throws Exception {
        MinoState s = state("on");
        Jit jit = jit(s);
        long before = jit.cache().mappedBytes();
        long peak = 0;
        for (int i = 0; i < 100_000; i++) {
            s.eval("((fn [x] (+ x " + i + ")) 1)");
            if (i % 10_000 == 9_999) {
                System.gc();
                Thread.sleep(50);
                peak = Math.max(peak, jit.cache().mappedBytes());
            }
        }
        System.gc();
        Thread.sleep(200);
        System.out.printf("100,000 fns compiled and dropped: %,d chains installed, %,d live, %,d KiB mapped (peak %,d KiB, before %,d KiB)%n",
                jit.cache().installedChains(), jit.cache().liveChains(), jit.cache().mappedBytes() / 1024, peak / 1024, before / 1024);
        assertTrue(jit.cache().installedChains() >= 100_000);
        assertTrue(jit.cache().mappedBytes() <= 4L * CodeCache.SLAB, "native code memory bounded: " + jit.cache().mappedBytes());
    }

    @Test
    void theJitTierIsFoundAndAttached() {
        assertInstanceOf(Jit.class, ((TieredEngine) state(null).engine()).tierUp());
        assertTrue(state(null).jitCapability().available());
        List<String> names = new ArrayList<>();
        TieredEngine.discover().forEach(t -> names.add(t.name()));
        assertTrue(names.contains("cpjit"), names.toString());
    }
}
