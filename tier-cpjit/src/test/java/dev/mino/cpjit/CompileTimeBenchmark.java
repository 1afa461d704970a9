package dev.mino.cpjit;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.stencilextract.StencilTable;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;

import java.util.List;

/**
 * Compile time per bytecode op: ChainCompiler (bytecode to steps) plus ChainImage (layout and patching)
 * for fib and a loop fn, first compile in a fresh JVM and warm (median of rounds), and the time to install
 * a chain in executable memory. Run: {@code java --enable-native-access=ALL-UNNAMED -cp ... dev.mino.cpjit.CompileTimeBenchmark}.
 */
public final class CompileTimeBenchmark {
    public static void main(String[] args) {
        MinoState mino = Mino.newState(MinoOptions.commandLine("bytecode", null));
        mino.eval("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");
        mino.eval("(defn sum-to [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))");
        mino.eval("(fib 5) (sum-to 5)");
        StencilTable table = StencilLibrary.forHost().orElseThrow();
        StencilSet set = StencilSet.of(table);
        ChainCompiler compiler = new ChainCompiler(set);
        for (String name : List.of("fib", "sum-to")) {
            BytecodeFn.Method m = ((BytecodeClosure) mino.eval(name)).template().methods().getFirst();
            int ops = compiler.compile(m.code, m::constant, c -> 4L, pc -> pc, 0x7000_0000_0000L).steps().size();
            long first = time(compiler, set, m, 1);
            long[] rounds = new long[21];
            for (int i = 0; i < rounds.length; i++) rounds[i] = time(compiler, set, m, 10_000);
            java.util.Arrays.sort(rounds);
            System.out.printf("%-7s %2d ops: first compile %,d ns (%,d ns/op); warm %.0f ns/op (median of %d rounds of 10,000)%n",
                    name, ops, first, first / ops, rounds[rounds.length / 2] / 10_000.0 / ops, rounds.length);
        }
        CodeCache cache = new CodeCache();
        BytecodeFn.Method fib = ((BytecodeClosure) mino.eval("fib")).template().methods().getFirst();
        List<ChainImage.Step> steps = compiler.compile(fib.code, fib::constant, c -> 4L, pc -> pc, 0x7000_0000_0000L).steps();
        for (int round = 1; round <= 3; round++) {
            Object[] owners = new Object[10_000];
            long t0 = System.nanoTime();
            for (int i = 0; i < owners.length; i++) {
                owners[i] = new Object();
                cache.install(owners[i], 4096, at -> ChainImage.build(set, steps, at));
            }
            System.out.printf("install fib (compile, place in a slab, copy), round %d: %,d ns per chain; %,d KiB mapped%n",
                    round, (System.nanoTime() - t0) / owners.length, cache.mappedBytes() / 1024);
        }
    }

    static long time(ChainCompiler compiler, StencilSet set, BytecodeFn.Method m, int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var r = compiler.compile(m.code, m::constant, c -> 4L, pc -> pc, 0x7000_0000_0000L);
            ChainImage.build(set, r.steps(), 0x1000_0000L + i * 4096L);
        }
        return System.nanoTime() - t0;
    }
}
