package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;
import dev.mino.tiers.FnTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates one method while it is compiled: the code words, the constant pool, nested prototypes,
 * per-pc sites, inline caches, the position table, and the register allocator (locals are fixed low
 * registers; temporaries are allocated above them, stack-like). Emitting checks each operand against its
 * field width; a method that does not fit the encoding throws {@link TooLargeForBytecode}.
 */
final class MethodBuilder {
    private int[] code = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new IdentityHashMap<>();
    private final List<FnTemplate> protos = new ArrayList<>();
    private final List<Integer> protoCaptures = new ArrayList<>();
    private final Map<Integer, Object> sites = new HashMap<>();
    private final List<VarCache> caches = new ArrayList<>();
    private final List<int[]> positionPcs = new ArrayList<>();
    private final List<SourcePosition> positions = new ArrayList<>();
    /** First register above the locals. */
    final int firstTemp;
    private int nextReg;
    private int maxReg;
    private int handlerDepth;
    private int maxHandlers;

    MethodBuilder(int localCount) {
        this.firstTemp = localCount;
        this.nextReg = localCount;
        this.maxReg = localCount;
    }

    // ---- registers ----

    /** A fresh temporary register. */
    int alloc() {
        return alloc(1);
    }

    /** n consecutive fresh registers; returns the first. */
    int alloc(int n) {
        int r = nextReg;
        nextReg += n;
        if (nextReg > Insn.MAX_REG + 1) throw new TooLargeForBytecode("more than 256 registers");
        maxReg = Math.max(maxReg, nextReg);
        return r;
    }

    /** The allocation mark; free(mark) releases every temporary allocated after it. */
    int mark() { return nextReg; }

    void free(int mark) { nextReg = mark; }

    boolean isTemp(int reg) { return reg >= firstTemp; }

    /** Whether reg is the most recently allocated temporary (nothing live above it). */
    boolean isTopTemp(int reg) { return reg >= firstTemp && reg == nextReg - 1; }

    // ---- code ----

    int pc() { return size; }

    private int put(int word) {
        if (size == code.length) code = Arrays.copyOf(code, size * 2);
        code[size] = word;
        return size++;
    }

    int emit(int op) {
        check(op, Format.NONE);
        return put(Insn.abc(op, 0, 0, 0));
    }

    int emitA(int op, int a) {
        check(op, Format.A);
        return put(Insn.abc(op, reg(a), 0, 0));
    }

    int emitAB(int op, int a, int b) {
        check(op, Format.AB);
        return put(Insn.abc(op, reg(a), byteOperand(b), 0));
    }

    int emitABC(int op, int a, int b, int c) {
        check(op, Format.ABC);
        return put(Insn.abc(op, reg(a), byteOperand(b), byteOperand(c)));
    }

    /** An _IK op: C is a signed immediate. */
    int emitABK(int op, int a, int b, long k) {
        check(op, Format.ABC);
        if (!Insn.fitsImmediate(k)) throw new IllegalArgumentException("immediate out of range: " + k);
        return put(Insn.abc(op, reg(a), byteOperand(b), (int) k));
    }

    int emitABx(int op, int a, int bx) {
        check(op, Format.ABx);
        if (bx < 0 || bx > Insn.MAX_BX) throw new TooLargeForBytecode("operand Bx out of range: " + bx);
        return put(Insn.abx(op, reg(a), bx));
    }

    int emitBx(int op, int bx) {
        check(op, Format.Bx);
        if (bx < 0 || bx > Insn.MAX_BX) throw new TooLargeForBytecode("operand Bx out of range: " + bx);
        return put(Insn.abx(op, 0, bx));
    }

    /** A two-word op: A, B and the second word. */
    int emitABX(int op, int a, int b, int x) {
        check(op, Format.AB_X);
        int pc = put(Insn.abc(op, reg(a), byteOperand(b), 0));
        put(x);
        return pc;
    }

    int emitABCX(int op, int a, int b, int c, int x) {
        check(op, Format.ABC_X);
        int pc = put(Insn.abc(op, reg(a), byteOperand(b), byteOperand(c)));
        put(x);
        return pc;
    }

    /** A jump whose target is patched later; returns its pc. */
    int emitJump(int op, int a) {
        Format f = Op.format(op);
        if (f != Format.sBx && f != Format.AsBx && f != Format.AsBx_X) throw new IllegalArgumentException(Op.name(op) + " is not a jump");
        int pc = put(Insn.asbx(op, reg(a), 0));
        if (f.hasSecondWord()) put(0);
        return pc;
    }

    /** A backward (or any known-target) jump. */
    int emitJumpTo(int op, int a, int target) {
        int pc = emitJump(op, a);
        patch(pc, target);
        return pc;
    }

    /** Points the jump at pc to target (relative to the word after its first word). */
    void patch(int pc, int target) {
        int off = target - (pc + 1);
        if (off < Insn.MIN_SBX || off > Insn.MAX_SBX) throw new TooLargeForBytecode("jump too far: " + off);
        code[pc] = (code[pc] & 0xFFFF) | off << 16;
    }

    void setSecondWord(int pc, int x) { code[pc + 1] = x; }

    private static void check(int op, Format expected) {
        if (Op.format(op) != expected) throw new IllegalArgumentException(Op.name(op) + " has format " + Op.format(op) + ", not " + expected);
    }

    private static int reg(int r) {
        if (r < 0 || r > Insn.MAX_REG) throw new TooLargeForBytecode("register out of range: " + r);
        return r;
    }

    private static int byteOperand(int v) {
        if (v < 0 || v > 255) throw new TooLargeForBytecode("operand out of range: " + v);
        return v;
    }

    // ---- tables ----

    int constant(Object v) {
        Integer i = constantIndex.get(v);
        if (i == null) {
            i = constants.size();
            constants.add(v);
            constantIndex.put(v, i);
        }
        return i;
    }

    int proto(FnTemplate t, int captureCount) {
        protos.add(t);
        protoCaptures.add(captureCount);
        return protos.size() - 1;
    }

    int cache(Var v, int argc) {
        caches.add(new VarCache(v, argc));
        return caches.size() - 1;
    }

    void site(int pc, Object site) { sites.put(pc, site); }

    /** Errors raised by the instruction at pc are reported at pos (when pos is known). */
    void position(int pc, SourcePosition pos) {
        if (pos == null) return;
        positionPcs.add(new int[] {pc});
        positions.add(pos);
    }

    void enterHandler() {
        handlerDepth++;
        maxHandlers = Math.max(maxHandlers, handlerDepth);
    }

    void exitHandler() { handlerDepth--; }

    BytecodeFn.Method build(int arity, boolean variadic) {
        int[] finalCode = Arrays.copyOf(code, size);
        Object[] k = constants.toArray();
        long[] kw = new long[k.length];
        for (int i = 0; i < k.length; i++) kw[i] = Words.literalOf(k[i]);
        Object[] siteArray = new Object[size];
        sites.forEach((pc, s) -> siteArray[pc] = s);
        sites.forEach((pc, s) -> {
            if (s instanceof IntrinsicSite g && g.var != null && Op.isPatchGuarded(finalCode[pc] & 0xFF)) g.bind(finalCode, pc);
        });
        int[] pcs = new int[positionPcs.size()];
        for (int i = 0; i < pcs.length; i++) pcs[i] = positionPcs.get(i)[0];
        int[] captures = protoCaptures.stream().mapToInt(Integer::intValue).toArray();
        int nregs = Math.max(Math.max(maxReg, 1), variadic ? arity + 1 : arity);
        return new BytecodeFn.Method(arity, variadic, nregs, finalCode, kw, k, protos.toArray(new FnTemplate[0]), captures,
                siteArray, caches.toArray(new VarCache[0]), pcs, positions.toArray(new SourcePosition[0]), maxHandlers);
    }
}
