package dev.mino.cpjit;

import dev.mino.stencilextract.Hole;
import dev.mino.stencilextract.HoleValue;
import dev.mino.stencilextract.RelocKind;
import dev.mino.stencilextract.Stencil;
import dev.mino.stencilextract.StencilTable;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.mino.cpjit.PatchedChains.fixnum;
import static dev.mino.cpjit.PatchedChains.jump;
import static dev.mino.cpjit.PatchedChains.step;
import static dev.mino.stencilextract.HoleValue.HELPER;
import static dev.mino.stencilextract.HoleValue.OPERAND_A;
import static dev.mino.stencilextract.HoleValue.OPERAND_B;
import static dev.mino.stencilextract.HoleValue.OPERAND_C;
import static dev.mino.stencilextract.HoleValue.PC;
import static dev.mino.stencilextract.HoleValue.SITE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What the extra continuation jump costs in a stencil with cold code (ARCHITECTURE.md 7), measured before
 * anyone builds a reordering pass. A native loop runs 32 ADD_II steps per iteration, as laid out today
 * (hot path, then {@code jmp} over the cold slow path to the next step) and with each step cut to its hot
 * path so that it falls through (valid only while the slow path is never taken, which these operands
 * guarantee). Both variants take turns in one JVM; the difference per step is the jump's cost.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp ... dev.mino.cpjit.ContinuationJumpBenchmark} (x86_64 Linux).
 */
public final class ContinuationJumpBenchmark {
    static final int STEPS = 32;
    static final long ITERATIONS = 20_000_000;

    public static void main(String[] args) {
        StencilTable table = StencilLibrary.forHost().orElseThrow();
        StencilTable fallThrough = withFallThroughAdd(table);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment regs = arena.allocate(16 * 8, 8);
            MemorySegment ctx = arena.allocate(NativeContextLayout.LAYOUT);
            try (NativeChain jumping = new NativeChain(table, loop("ADD_II"), 8192);
                 NativeChain falling = new NativeChain(fallThrough, loop("ADD_II_FALLTHROUGH"), 8192)) {
                System.out.printf("ADD_II step: %d bytes as laid out, %d bytes cut to its hot path%n",
                        jumping.image.stepOffset(1) - jumping.image.stepOffset(0), falling.image.stepOffset(1) - falling.image.stepOffset(0));
                double[] a = new double[11];
                double[] b = new double[11];
                for (int round = 0; round < a.length; round++) {
                    a[round] = time(jumping, regs, ctx);
                    b[round] = time(falling, regs, ctx);
                }
                Arrays.sort(a);
                Arrays.sort(b);
                double perStepA = a[a.length / 2] / ITERATIONS / STEPS;
                double perStepB = b[b.length / 2] / ITERATIONS / STEPS;
                System.out.printf("ns per ADD_II step (median of %d): with the jump %.3f, falling through %.3f, jump costs %.3f ns (%.0f%%)%n",
                        a.length, perStepA, perStepB, perStepA - perStepB, 100 * (perStepA - perStepB) / perStepB);
            }
        }
    }

    static final int ACCUMULATORS = 8;
    static final int ONE = 9;
    static final int COUNTER = 10;
    static final int FLAG = 11;

    /**
     * Per iteration, STEPS adds spread over eight accumulators r1..r8 (independent chains, so the loop is
     * bound by instruction throughput, where a jump shows, not by one add's latency); r9 = 1 keeps every add
     * on the fast lane; r10 counts the iterations down.
     */
    static List<ChainImage.Step> loop(String add) {
        List<ChainImage.Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            int acc = 1 + i % ACCUMULATORS;
            steps.add(step(add, OPERAND_A, acc, OPERAND_B, acc, OPERAND_C, ONE, SITE, 0, HELPER, 0L, PC, i));
        }
        steps.add(step("SUB_IK", OPERAND_A, COUNTER, OPERAND_B, COUNTER, OPERAND_C, 1, SITE, 0, HELPER, 0L, PC, STEPS));
        steps.add(step("POS_P_I", OPERAND_A, FLAG, OPERAND_B, COUNTER, SITE, 0, HELPER, 0L, PC, STEPS + 1));
        steps.add(jump("JMPIFNOT", STEPS + 4, OPERAND_A, FLAG, PC, STEPS + 2));
        steps.add(jump("JMP", 0, PC, STEPS + 3));
        steps.add(step("RETURN", OPERAND_A, 1, PC, STEPS + 4));
        return steps;
    }

    static double time(NativeChain chain, MemorySegment regs, MemorySegment ctx) {
        for (int r = 1; r <= ACCUMULATORS; r++) regs.setAtIndex(JAVA_LONG, r, fixnum(0));
        regs.setAtIndex(JAVA_LONG, ONE, fixnum(1));
        regs.setAtIndex(JAVA_LONG, COUNTER, fixnum(ITERATIONS));
        long t0 = System.nanoTime();
        long result = chain.call(regs, ctx);
        long t = System.nanoTime() - t0;
        if (result != fixnum(ITERATIONS * STEPS / ACCUMULATORS)) throw new AssertionError("wrong sum " + (result >> 1));
        return t;
    }

    /** The table plus ADD_II_FALLTHROUGH: ADD_II's hot path alone, without its final jmp to the next op. */
    static StencilTable withFallThroughAdd(StencilTable table) {
        Stencil add = table.byName().get("ADD_II");
        Hole exit = add.holes().stream().filter(h -> h.value() == HoleValue.CONTINUE && h.kind() == RelocKind.R_X86_64_PLT32)
                .min((x, y) -> Integer.compare(x.offset(), y.offset())).orElseThrow();
        byte[] code = add.code();
        if ((code[exit.offset() - 1] & 0xFF) != 0xE9) throw new IllegalStateException("ADD_II's hot path does not end in jmp rel32");
        byte[] hot = Arrays.copyOf(code, exit.offset() - 1);
        List<Hole> holes = add.holes().stream().filter(h -> h.offset() < hot.length).toList();
        List<Stencil> stencils = new ArrayList<>(table.stencils());
        stencils.add(new Stencil("ADD_II_FALLTHROUGH", hot, new byte[0], holes));
        return new StencilTable(table.target(), table.format(), table.clang(), table.flags(), stencils);
    }
}
