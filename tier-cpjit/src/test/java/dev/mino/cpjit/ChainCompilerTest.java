package dev.mino.cpjit;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.stencilextract.StencilTable;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Disassembler;
import dev.mino.tier.bytecode.Op;
import dev.mino.tier.bytecode.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bytecode methods the bytecode tier compiled from real mino fns, turned into stencil chains: their
 * eligibility, and, for fns whose ops all run in machine code on fixnums, the native result against the
 * bytecode tier's.
 */
class ChainCompilerTest {
    MinoState mino;
    StencilTable table;
    ChainCompiler compiler;
    List<Object> interned = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mino = Mino.newState(MinoOptions.commandLine("bytecode", null));
        table = StencilLibrary.load(dev.mino.stencilextract.Target.X86_64_LINUX).orElseThrow();
        compiler = new ChainCompiler(StencilSet.of(table));
    }

    @AfterEach
    void tearDown() {
        interned.clear();
    }

    /** The single-arity method of the fn src evaluates to (called once with args so it is compiled). */
    BytecodeFn.Method method(String src, String args) {
        mino.eval("(def f " + src + ")");
        mino.eval("(f " + args + ")");
        BytecodeClosure f = (BytecodeClosure) mino.eval("f");
        return f.template().methods().getFirst();
    }

    ChainCompiler.Result compile(BytecodeFn.Method m) {
        return compiler.compile(m.code, m::constant, c -> {
            interned.add(c);
            return (long) (interned.size() - 1) << 3 | 4;
        }, pc -> 1000 + pc, 0xDEAD_0000L);
    }

    @Test
    void fibCompilesWhole() {
        mino.eval("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");
        BytecodeFn.Method m = method("fib", "10");
        ChainCompiler.Result r = compile(m);
        assertEquals(ChainCompiler.Eligibility.OK, r.eligibility(), Disassembler.disassemble(m.owner()));
        List<String> names = r.steps().stream().map(ChainImage.Step::stencil).toList();
        assertTrue(names.contains("CALL_CACHED") && names.contains("LT_IK") && names.contains("ADD_II"), names.toString());
        ChainImage.build(table, r.steps(), 0x1000_0000L); // every hole has its value
    }

    @Test
    void aClosureMakingFnCompilesLikeAnyOther() {
        BytecodeFn.Method m = method("(fn [xs k] (mapv (fn [x] (+ x k)) xs))", "[1 2] 3");
        ChainCompiler.Result r = compile(m);
        assertEquals(ChainCompiler.Eligibility.OK, r.eligibility(), Disassembler.disassemble(m.owner()));
        ChainImage.build(table, r.steps(), 0x1000_0000L);
    }

    @Test
    void aTryBodyRunsNativelyUpToItsHandlerThenDeopts() {
        BytecodeFn.Method m = method("(fn [x] (let [y (inc x)] (try (/ 10 y) (catch Exception e :oops))))", "1");
        ChainCompiler.Result r = compile(m);
        assertEquals(ChainCompiler.Eligibility.OK_WITH_DEOPT, r.eligibility(), Disassembler.disassemble(m.owner()));
        assertEquals("PUSHCATCH", r.blockingOp());
        assertTrue(r.blockingPc() > 0);
        assertEquals(ChainCompiler.DEOPT, r.steps().getLast().stencil());
        assertEquals((long) r.blockingPc(), r.steps().getLast().operands().get(dev.mino.stencilextract.HoleValue.PC));
        assertEquals(r.steps().size() - 1, r.stepOfPc()[r.blockingPc()]);
    }

    @Test
    void aFnThatStartsWithAHandlerIsRejectedNamingTheOp() {
        BytecodeFn.Method m = method("(fn [x] (try (/ 10 x) (catch Exception e :oops)))", "1");
        ChainCompiler.Result r = compile(m);
        assertEquals(ChainCompiler.Eligibility.REJECTED, r.eligibility(), Disassembler.disassemble(m.owner()));
        assertEquals("PUSHCATCH", r.blockingOp());
        assertEquals(0, r.blockingPc());
    }

    @Test
    void objectConstantsGoToTheStateTableAndFixnumsStayImmediate() {
        BytecodeFn.Method m = method("(fn [x] [x \"s\" 42 nil])", "1");
        ChainCompiler.Result r = compile(m);
        List<Long> words = r.steps().stream().filter(s -> s.stencil().equals("LOAD_K") || s.stencil().equals("LOAD_K_RETURN"))
                .map(s -> s.operands().get(dev.mino.stencilextract.HoleValue.CONSTANT)).toList();
        assertTrue(words.contains(Words.fixnum(42)) && words.contains(Words.NIL), words.toString());
        assertTrue(words.contains(4L), "\"s\" is entry 0 of the constant table: " + words);
        assertEquals(List.of("s"), interned);
    }

    /** Fns whose every op runs natively on fixnums: the chain's result is the bytecode tier's, and no helper runs. */
    @Test
    void pureIntegerFnsGiveTheBytecodeTiersResultsNatively() throws Throwable {
        assumeTrue(dev.mino.stencilextract.Target.host() == dev.mino.stencilextract.Target.X86_64_LINUX, "runs native code on x86_64 Linux");
        String[] fns = {
                "(fn [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))",
                "(fn [n] (loop [i n acc 1] (if (zero? i) acc (recur (dec i) (* 3 acc)))))",
                "(fn [a b] (if (> a b) (- a b) (quot (* a 7) (inc b))))",
                "(fn [x] (bit-xor (bit-shift-left x 3) (bit-and x 255)))",
                "(fn [n] (loop [i 0 odds 0] (if (< i n) (recur (inc i) (if (odd? i) (inc odds) odds)) odds)))",
                "(fn [a b] (mod (rem a b) 7))",
        };
        long[][] inputs = {{0, 5}, {1, 2}, {5, 3}, {17, 4}, {100, 9}, {1000, 33}, {-7, 3}, {38, 12}};
        int runs = 0;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment regs = arena.allocate(256 * 8L, 8);
            MemorySegment ctx = arena.allocate(NativeContextLayout.LAYOUT);
            int[] helperCalls = {0};
            var handle = MethodHandles.lookup().findStatic(ChainCompilerTest.class, "refuse",
                    MethodType.methodType(long.class, int[].class, MemorySegment.class, MemorySegment.class, long.class)).bindTo(helperCalls);
            MemorySegment helper = Linker.nativeLinker().upcallStub(handle, FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG), arena);
            for (String src : fns) {
                int arity = src.substring(src.indexOf('[') + 1, src.indexOf(']')).split(" ").length;
                BytecodeFn.Method m = method(src, arity == 1 ? "3" : "3 2");
                ChainCompiler.Result r = compiler.compile(m.code, m::constant, c -> { throw new AssertionError("no object constants: " + c); },
                        pc -> pc, helper.address());
                assertEquals(ChainCompiler.Eligibility.OK, r.eligibility(), src + "\n" + Disassembler.disassemble(m.owner()));
                assertTrue(r.steps().stream().noneMatch(s -> s.stencil().contains("CALL")), src + " calls no fn");
                try (NativeChain chain = new NativeChain(table, r.steps(), 8192)) {
                    for (long[] in : inputs) {
                        String args = arity == 1 ? Long.toString(Math.abs(in[0]) % 40) : in[0] + " " + in[1];
                        String expected = String.valueOf(mino.eval("(f " + args + ")"));
                        String[] a = args.split(" ");
                        for (int i = 0; i < a.length; i++) regs.setAtIndex(JAVA_LONG, i, Words.fixnum(Long.parseLong(a[i])));
                        long word = chain.call(regs, ctx);
                        assertEquals(NativeContextLayout.STATUS_OK, NativeContextLayout.status(ctx), src + " on " + args);
                        assertEquals(expected, String.valueOf(Words.value(word)), src + " on " + args);
                        runs++;
                    }
                }
            }
            assertEquals(0, helperCalls[0], "every op stayed on its fast lane");
        }
        System.out.println(runs + " native runs agreed with the bytecode tier");
    }

    /** A helper for chains that must never need one: counts the call and answers an error status. */
    static long refuse(int[] calls, MemorySegment regs, MemorySegment ctx, long site) {
        calls[0]++;
        return NativeContextLayout.STATUS_ERROR;
    }

    @Test
    void everyOpOfTheOpTableIsCoveredOrBlocksWithItsName() {
        for (int op : Op.all()) {
            int[] code = {op | 0, 0};
            if (Op.width(op) == 1) code = new int[] {op};
            String name = Op.name(op);
            if (InterpreterOnlyOps.contains(name)) {
                ChainCompiler.Result r = compiler.compile(code, k -> 1L, c -> 4L, pc -> 0, 0);
                assertEquals(ChainCompiler.Eligibility.REJECTED, r.eligibility());
                assertEquals(name, r.blockingOp());
            }
        }
    }
}
