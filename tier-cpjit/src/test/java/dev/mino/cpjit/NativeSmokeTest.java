package dev.mino.cpjit;

import dev.mino.runtime.core.Numbers;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoScriptException;
import dev.mino.runtime.embed.MinoState;
import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;
import dev.mino.tier.bytecode.Op;
import dev.mino.tier.bytecode.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

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
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Native smoke on this host (x86_64 Linux): real stencils from the committed table are copied into pages
 * mapped read+write, patched into a chain, flipped to read+execute and called through FFM on an off-heap
 * register window, with a Java upcall as the slow-path helper.
 */
@Timeout(120)
class NativeSmokeTest {
    static final int REGS = 16;
    static final long FIX_MAX = (1L << 62) - 1;

    Arena arena;
    long unlinkedCell;
    MemorySegment regs;
    MemorySegment ctx;
    SlowPathHelper helper;
    MemorySegment helperStub;
    StencilTable table;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Target.host() == Target.X86_64_LINUX, "the native smoke runs on x86_64 Linux; this host is " + Target.host());
        table = StencilLibrary.forHost().orElseThrow();
        arena = Arena.ofShared();
        regs = arena.allocate(REGS * 8L, 8);
        ctx = arena.allocate(NativeContextLayout.LAYOUT);
        unlinkedCell = arena.allocate(8, 8).address(); // a CALL_CACHED link cell holding no callee
        ctx.set(java.lang.foreign.ValueLayout.JAVA_LONG, NativeContextLayout.REGS_LIMIT, regs.address() + REGS * 8L);
        helper = new SlowPathHelper(new Object[REGS]);
        var handle = MethodHandles.lookup().findVirtual(SlowPathHelper.class, "run",
                MethodType.methodType(long.class, MemorySegment.class, MemorySegment.class, long.class)).bindTo(helper);
        helperStub = Linker.nativeLinker().upcallStub(handle, FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG), arena);
    }

    @AfterEach
    void tearDown() {
        if (arena != null) arena.close();
    }

    long reg(int i) {
        return regs.getAtIndex(JAVA_LONG, i);
    }

    void setReg(int i, long word) {
        regs.setAtIndex(JAVA_LONG, i, word);
    }

    /** LOAD_K r1 x; LOAD_K r2 y; ADD_II r0 r1 r2; RETURN r0 */
    List<dev.mino.cpjit.ChainImage.Step> addChain(long x, long y) {
        return List.of(
                step("LOAD_K", OPERAND_A, 1, CONSTANT, fixnum(x), PC, 0),
                step("LOAD_K", OPERAND_A, 2, CONSTANT, fixnum(y), PC, 1),
                step("ADD_II", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, SITE, SlowPathHelper.ADD_R0_R1_R2, HELPER, helperStub.address(), PC, 2),
                step("RETURN", OPERAND_A, 0, PC, 3));
    }

    @Test
    void fortyPlusTwo() {
        try (NativeChain chain = new NativeChain(table, addChain(40, 2), 4096)) {
            long word = chain.call(regs, ctx);
            assertEquals(fixnum(42), word);
            assertEquals(fixnum(42), reg(0));
            assertEquals(NativeContextLayout.STATUS_OK, NativeContextLayout.status(ctx));
            assertEquals(0, NativeContextLayout.resultReg(ctx));
            assertEquals(0, helper.calls, "the fast lane needs no helper");
            System.out.println("LOAD_K LOAD_K ADD_II RETURN: " + chain.image.codeSize() + " code bytes, chain " + chain.image.size() + " bytes");
        }
    }

    @Test
    void fixnumOverflowTakesTheHelperAndGivesTheBytecodeTiersResult() {
        try (NativeChain chain = new NativeChain(table, addChain(FIX_MAX, FIX_MAX), 4096)) {
            long word = chain.call(regs, ctx);
            assertEquals(1, helper.calls);
            assertEquals(NativeContextLayout.STATUS_OK, NativeContextLayout.status(ctx));
            assertEquals(Words.REF, word, "a sum beyond 63 bits is a boxed Long in the ref slot");
            Object result = helper.refs[(int) NativeContextLayout.resultReg(ctx)];
            assertEquals(bytecodeTier("(+ a b)", FIX_MAX, FIX_MAX), String.valueOf(result));
        }
    }

    @Test
    void aGenericErrorComesBackAsAStatusWithTheBytecodeTiersMessage() {
        long big = 1L << 62; // not a fixnum: a ref word, so the fast lane is skipped; the sum overflows a long
        helper.refs[1] = big;
        helper.refs[2] = big;
        List<ChainImage.Step> steps = List.of(
                step("ADD_II", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, SITE, SlowPathHelper.ADD_R0_R1_R2, HELPER, helperStub.address(), PC, 0),
                step("RETURN", OPERAND_A, 0, PC, 1));
        try (NativeChain chain = new NativeChain(table, steps, 4096)) {
            setReg(1, Words.REF);
            setReg(2, Words.REF);
            chain.call(regs, ctx);
            assertEquals(NativeContextLayout.STATUS_ERROR, NativeContextLayout.status(ctx));
            assertEquals(0, NativeContextLayout.deoptPc(ctx));
            assertNotNull(helper.parked);
            assertEquals(bytecodeTier("(+ a b)", big, big), "ERR " + helper.parked.getMessage());
        }
    }

    @Test
    void aFusedLoopRunsTenMillionIterations() {
        List<ChainImage.Step> steps = List.of(
                step("LOOP_INT_LT_INC", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, PC, 0),
                step("RETURN", OPERAND_A, 2, PC, 1));
        try (NativeChain chain = new NativeChain(table, steps, 4096)) {
            setReg(0, fixnum(0));
            setReg(1, fixnum(10_000_000));
            setReg(2, fixnum(5));
            long word = chain.call(regs, ctx);
            assertEquals(fixnum(10_000_005), word);
            assertEquals(fixnum(10_000_000), reg(0));
            assertEquals(fixnum(10_000_005), reg(2));
            assertEquals(NativeContextLayout.STATUS_OK, NativeContextLayout.status(ctx));
        }
    }

    /** (loop [i 0] (if (< i n) (recur (inc i)) i)) as plain ops over r0 < r1; its backward JMP at pc 3 polls the cancel flag. */
    List<ChainImage.Step> plainLoop() {
        return List.of(
                step("LT_II", OPERAND_A, 3, OPERAND_B, 0, OPERAND_C, 1, SITE, 0, HELPER, helperStub.address(), PC, 0),
                jump("JMPIFNOT", 4, OPERAND_A, 3, PC, 1),
                step("INC_I", OPERAND_A, 0, OPERAND_B, 0, SITE, 0, HELPER, helperStub.address(), PC, 2),
                jump("JMP", 0, PC, 3),
                step("RETURN", OPERAND_A, 0, PC, 4));
    }

    /** LOAD_K r3 7, then the fused loop over r0 < r1 stepping r2 too (pc 1), which polls every 256 iterations. */
    static List<ChainImage.Step> fusedLoop() {
        return List.of(
                step("LOAD_K", OPERAND_A, 3, CONSTANT, fixnum(7), PC, 0),
                step("LOOP_INT_LT_INC", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, PC, 1),
                step("RETURN", OPERAND_A, 2, PC, 2));
    }

    /** Plain ops, n = 4·10^9: another thread stops the loop part-way. */
    @Test
    void aLoopOfFourBillionIsStoppedFromAnotherThreadThroughTheCancelFlag() throws Exception {
        long n = 4_000_000_000L;
        long i = runUntilCancelled(plainLoop(), n, 3);
        assertEquals(0, helper.calls, "fixnums all the way: no slow path");
        System.out.println("plain-op loop cancelled after " + i + " of " + n + " iterations");
    }

    /** The fused loop, n = 2^61, beyond what it could finish. */
    @Test
    void aFusedLoopIsStoppedFromAnotherThreadThroughTheCancelFlag() throws Exception {
        long n = 1L << 61;
        long i = runUntilCancelled(fusedLoop(), n, 1);
        assertEquals(reg(0), reg(2), "both counters written back in lockstep");
        assertEquals(fixnum(7), reg(3), "the ops before the loop ran");
        System.out.println("fused loop cancelled after " + i + " of " + n + " iterations");
    }

    /**
     * How long native code takes to notice the cancel flag: 100 trials each of the plain-op loop and the
     * fused loop, from the flag's store to the chain's return. Only a generous bound is asserted; the
     * numbers are printed.
     */
    @Test
    void cancelLatencyOverAHundredTrials() throws Exception {
        for (boolean plain : new boolean[] {true, false}) {
            long[] latencies = new long[100];
            try (NativeChain chain = new NativeChain(table, plain ? plainLoop() : fusedLoop(), 4096)) {
                for (int trial = 0; trial < latencies.length; trial++) {
                    long[] returnedAt = new long[1];
                    Thread runner = startLoop(chain, 1L << 61, returnedAt);
                    Thread.sleep(2);
                    long cancelledAt = System.nanoTime();
                    NativeContextLayout.requestCancel(ctx);
                    runner.join(10_000);
                    assertTrue(!runner.isAlive(), "trial " + trial + " did not stop");
                    assertEquals(NativeContextLayout.STATUS_CANCELLED, NativeContextLayout.status(ctx));
                    latencies[trial] = returnedAt[0] - cancelledAt;
                }
            }
            java.util.Arrays.sort(latencies);
            System.out.printf("cancel latency, %s loop: median %,d ns, max %,d ns (100 trials)%n",
                    plain ? "plain-op" : "fused", latencies[50], latencies[99]);
        }
    }

    /**
     * Clears the cancel flag, sets r0 = 0, r1 = n, r2 = 0 and runs the loop chain on a new thread, which
     * records in returnedAt[0] when the chain returned; answers once the thread is running.
     */
    Thread startLoop(NativeChain chain, long n, long[] returnedAt) throws InterruptedException {
        NativeContextLayout.clearCancel(ctx);
        setReg(0, fixnum(0));
        setReg(1, fixnum(n));
        setReg(2, fixnum(0));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread runner = new Thread(() -> {
            started.countDown();
            chain.call(regs, ctx);
            returnedAt[0] = System.nanoTime();
        });
        runner.start();
        started.await();
        return runner;
    }

    /** Runs a loop over r0 < r1 (= n) on another thread, cancels it after 200 ms; answers where i stopped. */
    long runUntilCancelled(List<ChainImage.Step> steps, long n, int loopPc) throws Exception {
        try (NativeChain chain = new NativeChain(table, steps, 4096)) {
            Thread runner = startLoop(chain, n, new long[1]);
            Thread.sleep(200);
            NativeContextLayout.requestCancel(ctx);
            runner.join(30_000);
            assertTrue(!runner.isAlive(), "the loop did not stop");
            assertEquals(NativeContextLayout.STATUS_CANCELLED, NativeContextLayout.status(ctx));
            assertEquals(loopPc, NativeContextLayout.deoptPc(ctx), "resumes at the polling op");
            long i = Words.value(reg(0));
            assertTrue(i > 0 && i < n, "stopped part-way: i = " + i);
            return i;
        }
    }

    /**
     * The limit NativeStack computes lies below this thread's stack pointer (the helper is called) and the
     * stack's top above it (a limit there stops the call): the bounds are the thread's real stack.
     */
    @Test
    void theStackLimitFromNativeStackSitsBelowTheRunningStack() {
        NativeStack.Bounds bounds = NativeStack.current().orElseThrow();
        assertTrue(bounds.size() >= 512 * 1024, "a stack of " + bounds.size() + " bytes");
        List<ChainImage.Step> steps = List.of(
                step("CALL_CACHED", OPERAND_A, 0, OPERAND_B, 1, OPERAND_X, unlinkedCell, SITE, SlowPathHelper.ADD_R0_R1_R2, HELPER, helperStub.address(), PC, 0),
                step("RETURN", OPERAND_A, 0, PC, 1));
        try (NativeChain chain = new NativeChain(table, steps, 4096)) {
            setReg(1, fixnum(1));
            setReg(2, fixnum(2));
            NativeContextLayout.setStackLimit(ctx, bounds.limit());
            chain.call(regs, ctx);
            assertEquals(NativeContextLayout.STATUS_OK, NativeContextLayout.status(ctx));
            assertEquals(1, helper.calls, "above the limit: the helper runs");
            NativeContextLayout.setStackLimit(ctx, bounds.high());
            chain.call(regs, ctx);
            assertEquals(NativeContextLayout.STATUS_STACK, NativeContextLayout.status(ctx));
            assertEquals(1, helper.calls, "at the stack's top as the limit: no helper call");
        }
    }

    @Test
    void aHelperCallBelowTheStackLimitExitsInsteadOfCalling() {
        NativeContextLayout.setStackLimit(ctx, -1L); // every stack address is below it
        List<ChainImage.Step> steps = List.of(
                step("CALL_CACHED", OPERAND_A, 0, OPERAND_B, 1, OPERAND_X, unlinkedCell, SITE, 0, HELPER, helperStub.address(), PC, 4),
                step("RETURN", OPERAND_A, 0, PC, 6));
        try (NativeChain chain = new NativeChain(table, steps, 4096)) {
            chain.call(regs, ctx);
            assertEquals(NativeContextLayout.STATUS_STACK, NativeContextLayout.status(ctx));
            assertEquals(4, NativeContextLayout.deoptPc(ctx));
            assertEquals(0, helper.calls);
        }
    }

    /** What the bytecode tier prints for (fn [a b] body) applied to a and b ("ERR message" for an error). */
    static String bytecodeTier(String body, long a, long b) {
        MinoState state = Mino.newState(MinoOptions.commandLine("bytecode", null));
        try {
            return String.valueOf(state.eval("((fn [a b] " + body + ") " + a + " " + b + ")"));
        } catch (MinoScriptException e) {
            return "ERR " + e.getCause().getMessage(); // what the code threw, not the report with its position
        }
    }

    /**
     * The slow-path helper the chains call: runs the op of its site generically on the window (here the
     * one site the tests use, ADD_II r0 r1 r2, through the same generic + the bytecode tier's slow path
     * reaches). It never lets an exception cross the upcall: it parks it and answers STATUS_ERROR.
     */
    static final class SlowPathHelper {
        static final long ADD_R0_R1_R2 = 1;

        final Object[] refs;
        int calls;
        Throwable parked;

        SlowPathHelper(Object[] refs) {
            this.refs = refs;
        }

        long run(MemorySegment regs, MemorySegment ctx, long site) {
            try {
                calls++;
                if (site != ADD_R0_R1_R2) throw new IllegalStateException("unknown site " + site + " (op " + Op.name(Op.ADD_II) + " expected)");
                MemorySegment window = regs.reinterpret(REGS * 8L);
                Object sum = Numbers.add(object(window, 1), object(window, 2));
                long word = sum instanceof Long l && Words.fits(l) ? Words.fixnum(l) : Words.REF;
                window.setAtIndex(JAVA_LONG, 0, word);
                refs[0] = sum;
                return NativeContextLayout.STATUS_OK;
            } catch (Throwable t) {
                parked = t;
                return NativeContextLayout.STATUS_ERROR;
            }
        }

        private Object object(MemorySegment window, int i) {
            return Words.toObject(window.getAtIndex(JAVA_LONG, i), refs[i]);
        }
    }
}
