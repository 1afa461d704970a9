package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.mino.cpjit.PatchedChains.fixnum;
import static dev.mino.cpjit.PatchedChains.step;
import static dev.mino.stencilextract.HoleValue.HELPER;
import static dev.mino.stencilextract.HoleValue.OPERAND_A;
import static dev.mino.stencilextract.HoleValue.OPERAND_B;
import static dev.mino.stencilextract.HoleValue.OPERAND_C;
import static dev.mino.stencilextract.HoleValue.PC;
import static dev.mino.stencilextract.HoleValue.SITE;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Inputs to the register-word decision (ARCHITECTURE.md 5, options b and c), measured with real stencils:
 * the cost of entering a chain (a call of a one-op RETURN chain) as a plain downcall on an off-heap window,
 * as a plain downcall after copying 4 argument words in from the interpreter's long[] and the result out
 * (option b), and as a critical downcall straight over the long[] (option c); and the cost of one slow
 * path, as an upcall from the chain (b) or as an exit to Java and a re-entry (c, modelled as one critical
 * downcall per slow op). Medians of 11 rounds, all variants taking turns in one JVM.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp ... dev.mino.cpjit.RegisterWordBenchmark}.
 */
public final class RegisterWordBenchmark {
    static final int CALLS = 5_000_000;
    static final int SLOW_OPS = 32;

    static long helperCalls;

    /** A slow path that does what the generic add does for fixnums: R(A) := R(B) + R(C). */
    static long helper(MemorySegment regs, MemorySegment ctx, long site) {
        MemorySegment w = regs.reinterpret(64);
        w.setAtIndex(JAVA_LONG, 0, w.getAtIndex(JAVA_LONG, 1) + w.getAtIndex(JAVA_LONG, 2) - 1);
        helperCalls++;
        return 0;
    }

    public static void main(String[] args) throws Throwable {
        StencilTable table = StencilLibrary.forHost().orElseThrow();
        Linker linker = Linker.nativeLinker();
        FunctionDescriptor chainType = FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment window = arena.allocate(64 * 8, 8);
            MemorySegment ctx = arena.allocate(NativeContextLayout.LAYOUT);
            long[] heapWords = new long[64];
            MemorySegment heapWindow = MemorySegment.ofArray(heapWords);
            MethodHandle up = MethodHandles.lookup().findStatic(RegisterWordBenchmark.class, "helper",
                    MethodType.methodType(long.class, MemorySegment.class, MemorySegment.class, long.class));
            MemorySegment helper = linker.upcallStub(up, FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG), arena);

            NativeChain ret = new NativeChain(table, List.of(step("RETURN", OPERAND_A, 0, PC, 0)), 4096);
            MethodHandle plain = linker.downcallHandle(ret.entry(), chainType);
            MethodHandle critical = linker.downcallHandle(ret.entry(), chainType, Linker.Option.critical(true));
            List<ChainImage.Step> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_OPS; i++) slow.add(step("ADD_II", OPERAND_A, 0, OPERAND_B, 1, OPERAND_C, 2, SITE, 0, HELPER, helper.address(), PC, i));
            slow.add(step("RETURN", OPERAND_A, 0, PC, SLOW_OPS));
            NativeChain upcalls = new NativeChain(table, slow, 8192);
            MethodHandle upcallChain = linker.downcallHandle(upcalls.entry(), chainType);

            double[][] r = new double[5][11];
            for (int round = 0; round < 11; round++) {
                r[0][round] = perCall(() -> { long unused = (long) plain.invokeExact(window, ctx); }, CALLS);
                r[1][round] = perCall(() -> {
                    MemorySegment.copy(heapWords, 0, window, JAVA_LONG, 0, 4); // the arguments in
                    long unused = (long) plain.invokeExact(window, ctx);
                    heapWords[0] = window.getAtIndex(JAVA_LONG, 0);              // the result out
                }, CALLS);
                r[2][round] = perCall(() -> { long unused = (long) critical.invokeExact(heapWindow, ctx); }, CALLS);
                // b: one chain whose 32 ADD_II all take the slow path (a ref operand), each an upcall
                window.setAtIndex(JAVA_LONG, 1, 0L);
                window.setAtIndex(JAVA_LONG, 2, fixnum(1));
                r[3][round] = perCall(() -> { long unused = (long) upcallChain.invokeExact(window, ctx); }, CALLS / 10) / SLOW_OPS;
                // c: per slow op, an exit to Java, the op in Java, a re-entry (one critical downcall)
                r[4][round] = perCall(() -> {
                    for (int i = 0; i < SLOW_OPS; i++) {
                        heapWords[0] = heapWords[1] + heapWords[2] - 1;
                        long unused = (long) critical.invokeExact(heapWindow, ctx);
                    }
                }, CALLS / 10) / SLOW_OPS;
            }
            String[] names = {"enter: plain downcall, off-heap window", "enter: (b) copy 4 words in, plain downcall, result out",
                    "enter: (c) critical downcall over the long[]", "slow path: (b) upcall from the chain", "slow path: (c) exit, op in Java, critical re-entry"};
            for (int i = 0; i < names.length; i++) {
                Arrays.sort(r[i]);
                System.out.printf("%-56s %6.2f ns%n", names[i], r[i][5]);
            }
            if (helperCalls == 0) throw new AssertionError("the slow paths never ran");
            ret.close();
            upcalls.close();
        }
    }

    interface Body {
        void run() throws Throwable;
    }

    static double perCall(Body body, int n) throws Throwable {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) body.run();
        return (System.nanoTime() - t0) / (double) n;
    }
}
