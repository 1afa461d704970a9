package dev.mino.cpjit;

import dev.mino.deopt.ConstantWords;
import dev.mino.runtime.lang.Var;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Interpreter;
import dev.mino.tier.bytecode.NativeEntry;
import dev.mino.tier.bytecode.Op;
import dev.mino.tier.bytecode.RegisterStack;
import dev.mino.tier.bytecode.Words;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A method's chain, installed as its entry, and the invoker that runs it (ARCHITECTURE.md 5, register
 * words design (b)): the arguments' words go from the interpreter's long[] into the thread's native words
 * at the same slots (their refs stay where they are), the chain runs, and its result word comes back. On
 * a side exit the window is copied back and the interpreter resumes at the recorded pc (the deopt
 * contract: module deopt, through {@link Exits}). Constant words ({@code 100}) become refs on the way back.
 *
 * <p>Each CALL_CACHED of the chain has a link cell: the native entry of the callee while it is linked, so
 * native-to-native calls stay in machine code. A chain keeps every chain it ever linked to reachable, so
 * code that a running frame may still return into is never released.
 */
final class NativeCode implements NativeEntry {
    /** {@code word chain(word *regs, mino_ctx *ctx)}; pointers passed as 64-bit integers (the same registers on every 64-bit ABI). */
    private static final MethodHandle CALL = Linker.nativeLinker().downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

    /** Links the downcall handle (class initialization); for the JIT's warm-up. */
    static void prepare() {
        CALL.type();
    }

    final Jit jit;
    final BytecodeFn.Method method;
    final int id;
    private final int argWords;
    /** Link cells, one word per CALL_CACHED in the chain, indexed through cellOfPc. */
    private final MemorySegment cells;
    private final int[] cellOfPc;
    /** The var each cell's call goes through (null: never linked); guarded by this. */
    private final Var[] cellVar;
    /** Chains linked from here at any time (kept reachable: a frame may still be running in one); guarded by this. */
    private final List<NativeCode> linked = new ArrayList<>();
    /** Cells of other chains that link to this one (cleared when this is invalidated); guarded by this. */
    private final List<Cell> linkedFrom = new ArrayList<>();
    /** Set once installed (this object owns the chain's memory: it is released when this is unreachable). */
    private CodeCache.Installed code;
    private MemorySegment entry;
    private volatile boolean invalid;
    /** Deopt-a-lot: the op count after which the next call exits, cycling through every boundary (racy: any value will do). */
    private int countdown;

    private record Cell(NativeCode owner, int index) {}

    NativeCode(Jit jit, BytecodeFn.Method method) {
        this.jit = jit;
        this.method = method;
        this.argWords = method.arity + (method.variadic ? 1 : 0);
        this.id = jit.registry.register(this);
        int[] code = method.code;
        this.cellOfPc = new int[code.length];
        Arrays.fill(cellOfPc, -1);
        int n = 0;
        for (int pc = 0; pc < code.length; pc += Op.width(Insn.op(code[pc]))) {
            if (Insn.op(code[pc]) == Op.CALL_CACHED) cellOfPc[pc] = n++;
        }
        this.cells = Arena.ofAuto().allocate(Math.max(1, n) * 8L, 8);
        this.cellVar = new Var[n];
    }

    /** 1, 2, ... up to one past the method's op count (a call that runs without an exit), then again from 1. */
    private long nextCountdown() {
        int c = countdown % (method.code.length + 1) + 1;
        countdown = c;
        return c;
    }

    /** What the X operand of the op at pc is bound to: a CALL_CACHED's link cell, else the operand itself. */
    long xAt(int pc) {
        int c = cellOfPc[pc];
        return c >= 0 ? cells.address() + 8L * c : method.code[pc + 1];
    }

    long pcTag() {
        return (long) id << 16;
    }

    void installed(CodeCache.Installed installed) {
        this.code = installed;
        this.entry = installed.entry();
    }

    long bytes() {
        return code.bytes();
    }

    long entryAddress() {
        return entry.address();
    }

    boolean invalid() {
        return invalid;
    }

    @Override
    public int enter(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base) {
        if (base + m.nregs + NativeThread.HEADROOM > NativeThread.CAPACITY) return 0;
        // A virtual thread interprets: its native stack is whichever carrier it is mounted on, so no stack
        // limit computed once would hold for it (and a downcall would pin the carrier).
        Thread current = Thread.currentThread();
        if (current.isVirtual()) return 0;
        NativeThread t = st.tierLocal instanceof NativeThread nt ? nt : attach(st);
        // No native side, or an interrupt that came before this thread's signal existed: the interpreter
        // runs the call (and polls the interrupt).
        if (t == null || current.isInterrupted()) return 0;
        jit.entries++;
        long[] w = st.words;
        for (int i = base, end = base + argWords; i < end; i++) t.words.setAtIndex(ValueLayout.JAVA_LONG, i, w[i]);
        t.setStatus(NativeContextLayout.STATUS_OK);
        if (jit.deoptALot) t.ctx.set(ValueLayout.JAVA_LONG, NativeContextLayout.DEOPT_COUNTDOWN, nextCountdown());
        Jit outer = t.jit;
        t.jit = jit;
        long result;
        try {
            result = (long) CALL.invokeExact(entry, t.wordsAddress + ((long) base << 3), t.ctxAddress);
        } catch (Throwable e) {
            throw new IllegalStateException("native call failed", e);
        } finally {
            t.jit = outer;
        }
        long status = t.status();
        if (status == NativeContextLayout.STATUS_OK) {
            returned(st, t, base, result);
            return RETURNED;
        }
        return Exits.sideExit(this, st, t, base, status);
    }

    /** This thread's native side, kept on its register stack from now on (null: it has none). */
    private static NativeThread attach(RegisterStack st) {
        NativeThread t = NativeThread.current();
        st.tierLocal = t;
        return t;
    }

    /** R(base) := the chain's result word (a ref word's object is in the slot the chain returned from). */
    private void returned(RegisterStack st, NativeThread t, int base, long word) {
        if (ConstantWords.isConstant(word)) {
            st.words[base] = Words.REF;
            st.refs[base] = jit.constants.value(word);
        } else {
            st.words[base] = word;
            if (word == Words.REF) st.refs[base] = st.refs[base + t.resultReg()];
        }
    }

    /** Links the CALL_CACHED at pc (through var) to callee's native code: later calls stay in machine code. */
    void link(int pc, Var var, NativeCode callee) {
        int c = cellOfPc[pc];
        synchronized (this) {
            if (invalid || callee.invalid) return;
            if (!linked.contains(callee)) linked.add(callee);
            cellVar[c] = var;
        }
        callee.linkedFrom(new Cell(this, c));
        jit.guards.watch(var, this);
        cells.set(ValueLayout.JAVA_LONG, 8L * c, callee.entryAddress());
    }

    /** Whether the CALL_CACHED at pc is linked (a helper call there is then not a link opportunity). */
    boolean linked(int pc) {
        int c = cellOfPc[pc];
        return c >= 0 && cells.get(ValueLayout.JAVA_LONG, 8L * c) != 0;
    }

    private synchronized void linkedFrom(Cell cell) {
        if (!linkedFrom.contains(cell)) linkedFrom.add(cell);
    }

    private void unlink(int c) {
        cells.set(ValueLayout.JAVA_LONG, 8L * c, 0L);
    }

    /** A var this chain assumed changed: unlink the calls through it, and drop the chain if an op was specialised on it. */
    void varChanged(Var v) {
        synchronized (this) {
            for (int c = 0; c < cellVar.length; c++) {
                if (cellVar[c] == v) {
                    unlink(c);
                    cellVar[c] = null;
                }
            }
        }
        if (jit.assumes(method, v)) invalidate("the root of " + v + " changed");
    }

    /** The chain no longer matches what it was compiled against: calls go back to the interpreter and links to it are cut. */
    void invalidate(String reason) {
        List<Cell> from;
        synchronized (this) {
            if (invalid) return;
            invalid = true;
            from = List.copyOf(linkedFrom);
            linkedFrom.clear();
        }
        for (Cell cell : from) {
            synchronized (cell.owner) {
                cell.owner.unlink(cell.index);
            }
        }
        method.uninstall(this);
        jit.invalidated(this, reason);
    }

    /** The error t leaves this chain's frame with at pc (as the interpreter would record it). */
    Throwable failure(Throwable t, int pc) {
        return Interpreter.failure(t, method, pc);
    }

    @Override
    public String toString() {
        return "native " + method.owner().name() + "/" + method.arity;
    }
}
