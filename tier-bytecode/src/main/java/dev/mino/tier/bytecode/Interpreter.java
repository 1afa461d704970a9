package dev.mino.tier.bytecode;

import static dev.mino.tier.bytecode.Words.FALSE;
import static dev.mino.tier.bytecode.Words.NIL;
import static dev.mino.tier.bytecode.Words.REF;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.DeferredFn;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashSet;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.TypeDispatch;
import dev.mino.runtime.lang.Var;
import dev.mino.tiers.FnTemplate;


/**
 * The dispatch loop. One Java activation of {@link #run} runs one activation of a bytecode method: a
 * non-tail call of a bytecode fn is a Java call (so the JVM's return prediction and exception unwinding
 * serve mino calls), while TAILCALL returns to {@link #exec}, which loops into the callee over the same
 * window, so tail calls run in constant stack. The callee's window starts at the call's first argument
 * register, so arguments are never copied. Try handlers live on the thread's {@link RegisterStack} (an
 * activation owns those above the handler depth it started at); an exception goes to the innermost
 * handler of the activation it is thrown in, or leaves it, noting the failing instruction's position.
 *
 * <p>Why the loop is shaped as it is: HotSpot's C2 compiles the whole switch as one region, and every
 * value live around the loop costs a register or a spill on every dispatch. The loop therefore keeps only
 * the window (w, r, base), the code and pc, and the method and closure, which do not change inside an
 * activation; everything else is reached through them on the path that needs it.
 *
 * <p>Invariant the catch block relies on: while an instruction can throw, pc is its address + 1 (ops with
 * a second word advance past it only afterwards).
 */
public final class Interpreter {
    private Interpreter() {}

    private static final Object[] NO_CAPTURES = new Object[0];
    private static final Object CASE_MISS = new Object();

    static {
        // The exception path may first run with the stack nearly exhausted: load what it uses now.
        MinoStackTrace.current();
        SlowPaths.escaping(new MinoException(SlowPaths.STACK_OVERFLOW), null, 0);
    }

    /** Runs every op once on each path before any mino code (see InterpreterWarmup); once per JVM. */
    static void warmUp() {
        WarmupOnce.DONE.hashCode();
    }

    private static final class WarmupOnce {
        static final Object DONE = new Object();

        static {
            InterpreterWarmup.run();
        }
    }

    /** Runs a closure's method whose arguments are already stored at base (Java entry); returns its value. */
    static Object call(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base) {
        try {
            exec(st, self, m, base, 0);
            return st.get(base);
        } catch (StackOverflowError e) {
            throw new MinoException(SlowPaths.STACK_OVERFLOW);
        } finally {
            // The thread's stack outlives states: drop the refs this entry's activations left behind, or
            // they would keep their objects (and the state they belong to) reachable.
            Object[] r = st.refs;
            for (int i = base, end = st.top; i < end; i++) r[i] = null;
            st.top = base;
            if (st.tailSelf != null) {
                st.tailSelf = null;
                st.tailMethod = null;
            }
        }
    }

    /**
     * The deopt entry: continues method m of closure self at pc over the window at base of the current
     * thread's register stack, which must already hold the registers as they were at pc, and runs it to
     * its return. Returns the method's value. Try handlers are not part of the window: a pc inside a try
     * body resumes without that try's handler (the deopt gate must not pick such a pc).
     */
    public static Object resume(BytecodeClosure self, BytecodeFn.Method m, int pc, int base) {
        RegisterStack st = RegisterStack.current();
        int savedTop = st.top;
        try {
            exec(st, self, m, base, pc);
            return st.get(base);
        } catch (StackOverflowError e) {
            throw new MinoException(SlowPaths.STACK_OVERFLOW);
        } finally {
            st.top = savedTop;
        }
    }

    /**
     * Performs the call at pc of m (CALL, CALL_CACHED or PROTOCOL_CALL_CACHED) over the window at base of
     * st, which holds its callee and arguments, exactly as the dispatch loop's generic path does: the value
     * is left in R(A). For a higher tier whose code leaves such a call to Java.
     */
    public static void callAt(RegisterStack st, BytecodeFn.Method m, int pc, int base) {
        int insn = m.code[pc];
        callSlow(st, m, insn, Insn.op(insn) == Op.CALL ? 0 : m.code[pc + 1], base, base + ((insn >>> 8) & 0xFF));
    }

    /** t as it leaves the activation of m at the op at pc: its position and the frame noted, as the dispatch loop does. */
    public static Throwable failure(Throwable t, BytecodeFn.Method m, int pc) {
        Throwable e = SlowPaths.escaping(t, m, pc);
        MinoStackTrace.unwinding(e, m, pc);
        return e;
    }

    /**
     * Runs method m of self from pc over the window at base, and then each bytecode fn it tail-calls, until
     * one returns; the value is left in R(base). However it ends, the try handlers it pushed are gone.
     */
    static void exec(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base, int pc) {
        if (run(st, self, m, base, pc, st.hsp)) tailCalls(st, base);
    }

    /** Runs the bytecode fn a TAILCALL left in st.tailSelf/tailMethod, and those it tail-calls, over the window at base. */
    private static void tailCalls(RegisterStack st, int base) {
        int hbase = st.hsp;
        while (run(st, st.tailSelf, st.tailMethod, base, 0, hbase)) {
            // Each tail call replaces the activation: constant stack.
        }
    }

    /** Calls bytecode method cm of target with its n arguments at ra: a window at ra, result in R(ra). */
    private static void invoke(RegisterStack st, BytecodeClosure target, BytecodeFn.Method cm, int ra, int n) {
        if (cm.variadic) {
            st.ensure(ra + Math.max(cm.nregs, n));
            SlowPaths.packRest(st, ra, cm.arity, n);
        }
        exec(st, target, cm, ra, 0);
    }

    /**
     * One activation of m: runs from pc until RETURN (false) or until a tail call of a bytecode fn, which
     * it sets up in the window and in st.tailSelf/tailMethod for exec to continue with (true).
     */
    private static boolean run(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int base, int pc, int hbase) {
        if (Thread.currentThread().isInterrupted()) Safepoint.poll();
        // The method's arrays as locals: loaded once, not on each dispatch by the cases that use them. (The
        // specialised ops' guards are their code words, see GuardedSites: their sites are for the slow paths.)
        final int[] code = m.code;
        final long[] kw = m.constWords;
        final VarCache[] caches = m.caches;
        // st.top only rises while this Java entry runs (the entry resets it): it stays above every live
        // window, callers' included, so nothing needs restoring after a call returns.
        int top = base + m.nregs;
        if (top > st.words.length) st.ensure(top);
        if (top > st.top) st.top = top;
        if (pc == 0) {
            // The method's one entry: native code installed by a higher tier takes the call here (and may hand
            // it back at a pc: a deopt), else the call is counted towards the method's tier-up.
            NativeEntry ne = m.entry();
            if (ne == null && --m.countdown == 0) ne = m.hot();
            if (ne != null && (pc = ne.enter(st, self, m, base)) == NativeEntry.RETURNED) return false;
        }
        long[] w = st.words;
        Object[] r = st.refs;
        for (;;) {
            try {
                for (;;) {
                    int insn = code[pc++];
                    // Every case reads its operands from these three (C2 computes what the cases share before the switch anyway).
                    int ra = base + ((insn >>> 8) & 0xFF);
                    int rb = base + ((insn >>> 16) & 0xFF);
                    int rc = base + (insn >>> 24);
                    switch (insn & 0xFF) {
                        case Op.MOVE -> {
                            w[ra] = w[rb];
                            r[ra] = r[rb];
                        }
                        case Op.LOAD_K -> {
                            long x = kw[insn >>> 16];
                            w[ra] = x;
                            if (x == REF) r[ra] = m.constants[insn >>> 16];
                        }
                        case Op.LOAD_SELF -> {
                            w[ra] = REF;
                            r[ra] = self;
                        }
                        case Op.POP_ENV -> Words.store(w, r, ra, self.captures[insn >>> 16]);
                        case Op.GETGLOBAL_CACHED -> Words.store(w, r, ra, caches[insn >>> 16].current().value());
                        case Op.JMP -> {
                            int off = insn >> 16;
                            if (off < 0 && Thread.currentThread().isInterrupted()) Safepoint.poll();
                            pc += off;
                        }
                        case Op.JMPIFNOT -> {
                            long x = w[ra];
                            if (x == NIL || x == FALSE) pc += insn >> 16;
                        }
                        case Op.CALL_CACHED -> {
                            // The inline cache's hit path, written out: only trivial accessors, so it compiles to loads.
                            VarCache vc = caches[code[pc]];
                            VarCache.Entry e = vc.entry;
                            BytecodeFn.Method cm = e.method();
                            if (e.revision() != vc.var.peekRevision()) {
                                callSlow(st, m, insn, code[pc], base, ra);
                            } else if (cm != null && !cm.variadic) {
                                // A Java call of this loop, written out (exec, inlined): the callee's window starts at ra.
                                if (run(st, e.closure(), cm, ra, 0, st.hsp)) tailCalls(st, ra);
                            } else if (e.fn() != null) {
                                SlowPaths.callFn(st, e.fn(), ra, (insn >>> 16) & 0xFF);
                            } else {
                                callSlow(st, m, insn, code[pc], base, ra);
                            }
                            pc++;
                            w = st.words;
                            r = st.refs;
                        }
                        case Op.CALL, Op.PROTOCOL_CALL_CACHED -> {
                            callSlow(st, m, insn, (insn & 0xFF) == Op.CALL ? 0 : code[pc], base, ra);
                            if ((insn & 0xFF) != Op.CALL) pc++;
                            w = st.words;
                            r = st.refs;
                        }
                        case Op.TAILCALL, Op.TAILCALL_CACHED, Op.PROTOCOL_TAILCALL_CACHED -> {
                            if (tailCall(st, m, insn, (insn & 0xFF) == Op.TAILCALL ? 0 : code[pc], base, ra)) return true;
                            // Not a bytecode fn: it was called; its value, in R(A), is our result.
                            w = st.words;
                            r = st.refs;
                            w[base] = w[ra];
                            r[base] = r[ra];
                            return false;
                        }
                        case Op.RETURN -> {
                            if (ra != base) {
                                w[base] = w[ra];
                                r[base] = r[ra];
                            }
                            return false;
                        }
                        case Op.LOAD_K_RETURN -> {
                            long x = kw[insn >>> 16];
                            w[base] = x;
                            if (x == REF) r[base] = m.constants[insn >>> 16];
                            return false;
                        }
                        case Op.THROW -> throw SlowPaths.sneaky(SlowPaths.thrown(get(w, r, ra), m.positionAt(pc - 1)));
                        case Op.RETHROW -> throw SlowPaths.sneaky((Throwable) r[ra]);
                        case Op.PUSHCATCH -> st.pushHandler(pc + (insn >> 16), ra);
                        case Op.POPCATCH -> st.hsp--;
                        case Op.SUSPEND -> {
                            st.suspendedAt = pc - 1;
                            return false;
                        }

                        case Op.ADD_II, Op.SUB_II -> {
                            long x = w[rb];
                            long y = w[rc];
                            long yv = y - 1;
                            boolean add = (insn & 0xFF) == Op.ADD_II;
                            long s = add ? x + yv : x - yv;
                            // Overflow: the result's sign differs from both operands' (add) or from x's while x and y differ (sub).
                            long overflow = add ? (x ^ s) & (yv ^ s) : (x ^ yv) & (x ^ s);
                            if ((x & y & 1) != 0 && overflow >= 0) {
                                w[ra] = s;
                                // A RETURN of the result right after: returned here, without a dispatch of its own.
                                if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                    w[base] = s;
                                    return false;
                                }
                            } else {
                                intBinarySlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.ADD_IK, Op.SUB_IK -> {
                            long x = w[rb];
                            long k = (long) (insn >> 24) << 1;
                            boolean add = (insn & 0xFF) == Op.ADD_IK;
                            long s = add ? x + k : x - k;
                            long overflow = add ? (x ^ s) & (k ^ s) : (x ^ k) & (x ^ s);
                            if ((x & 1) != 0 && overflow >= 0) {
                                w[ra] = s;
                                // A RETURN of the result right after: returned here, without a dispatch of its own.
                                if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                    w[base] = s;
                                    return false;
                                }
                            } else {
                                intConstantSlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.INC_I, Op.DEC_I -> {
                            long x = w[rb];
                            boolean inc = (insn & 0xFF) == Op.INC_I;
                            if ((x & 1) != 0 && x != (inc ? Long.MAX_VALUE : Long.MIN_VALUE + 1)) {
                                long v = inc ? x + 2 : x - 2;
                                w[ra] = v;
                                // A RETURN of the result right after: returned here, without a dispatch of its own.
                                if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                    w[base] = v;
                                    return false;
                                }
                            } else {
                                intUnarySlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.EQ_II, Op.LT_II, Op.LE_II, Op.GT_II, Op.GE_II -> {
                            long x = w[rb];
                            long y = w[rc];
                            if ((x & y & 1) != 0) {
                                boolean c = IntOps.compare(insn & 0xFF, Long.compare(x, y));
                                w[ra] = c ? Words.TRUE : FALSE;
                                int next = code[pc];
                                // A JMPIFNOT on the result right after: taken here, without a dispatch of its own.
                                if ((next & 0xFF) == Op.JMPIFNOT && ((next ^ insn) & 0xFF00) == 0) {
                                    pc += c ? 1 : 1 + (next >> 16);
                                    // A RETURN where the branch lands (a recursion's base case) is taken here too.
                                    int then = code[pc];
                                    if ((then & 0xFF) == Op.RETURN) {
                                        int rr = base + ((then >>> 8) & 0xFF);
                                        w[base] = w[rr];
                                        r[base] = r[rr];
                                        return false;
                                    }
                                }
                            } else {
                                intBinarySlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.EQ_IK, Op.LT_IK, Op.LE_IK, Op.GT_IK, Op.GE_IK -> {
                            long x = w[rb];
                            if ((x & 1) != 0) {
                                boolean c = IntOps.compare(insn & 0xFF, Long.compare(x >> 1, insn >> 24));
                                w[ra] = c ? Words.TRUE : FALSE;
                                int next = code[pc];
                                if ((next & 0xFF) == Op.JMPIFNOT && ((next ^ insn) & 0xFF00) == 0) {
                                    pc += c ? 1 : 1 + (next >> 16);
                                    // A RETURN where the branch lands (a recursion's base case) is taken here too.
                                    int then = code[pc];
                                    if ((then & 0xFF) == Op.RETURN) {
                                        int rr = base + ((then >>> 8) & 0xFF);
                                        w[base] = w[rr];
                                        r[base] = r[rr];
                                        return false;
                                    }
                                }
                            } else {
                                intConstantSlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.MUL_II -> {
                            long x = w[rb];
                            long y = w[rc];
                            long p = (x >> 1) * (y >> 1);
                            // The product must fit 63 bits: its high half only sign bits, one more than a long's.
                            if ((x & y & 1) != 0 && Math.multiplyHigh(x >> 1, y >> 1) == (p >> 63) && Words.fits(p)) {
                                long v = p << 1 | 1;
                                w[ra] = v;
                                // A RETURN of the result right after: returned here, without a dispatch of its own.
                                if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                    w[base] = v;
                                    return false;
                                }
                            } else {
                                intBinarySlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.MUL_IK -> {
                            long x = w[rb];
                            long k = insn >> 24;
                            long p = (x >> 1) * k;
                            if ((x & 1) != 0 && Math.multiplyHigh(x >> 1, k) == (p >> 63) && Words.fits(p)) {
                                long v = p << 1 | 1;
                                w[ra] = v;
                                // A RETURN of the result right after: returned here, without a dispatch of its own.
                                if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                    w[base] = v;
                                    return false;
                                }
                            } else {
                                intConstantSlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.ZERO_INT_P, Op.POS_P_I, Op.NEG_P_I -> {
                            long x = w[rb];
                            if ((x & 1) != 0) {
                                w[ra] = IntOps.sign(insn & 0xFF, Long.compare(x, 1)) ? Words.TRUE : FALSE;
                            } else {
                                intUnarySlow(st, m, insn, pc, base);
                                w = st.words;
                                r = st.refs;
                            }
                        }
                        case Op.NOT, Op.NIL_P -> {
                            long x = w[rb];
                            w[ra] = x == NIL || ((insn & 0xFF) == Op.NOT && x == FALSE) ? Words.TRUE : FALSE;
                        }
                        case Op.SPEC_GENERIC -> {
                            genericSide(st, m, insn, pc, base);
                            w = st.words;
                            r = st.refs;
                        }
                        case Op.GET_KW_MAP, Op.NTH_VEC, Op.ASSOC -> {
                            if ((insn & 0xFF) == Op.GET_KW_MAP) {
                                DataLanes.getKeyword(st, m, insn, pc, base);
                            } else if ((insn & 0xFF) == Op.NTH_VEC) {
                                DataLanes.nth(st, m, insn, pc, base);
                            } else {
                                DataLanes.assoc(st, m, insn, pc, base);
                                pc++;
                            }
                            w = st.words;
                            r = st.refs;
                            if (code[pc] == (Op.RETURN | (insn & 0xFF00))) {
                                w[base] = w[ra];
                                r[base] = r[ra];
                                return false;
                            }
                        }
                        default -> {
                            pc = rare(st, self, m, insn, pc, base);
                            w = st.words;
                            r = st.refs;
                        }
                    }
                }
            } catch (Throwable t) {
                if (st.hsp == hbase) throw leaving(t, m, pc, st, hbase);
                Throwable e = escaping(t, m, pc, st, hbase);
                // The innermost handler of this activation: continue there with the error in its register.
                int h = --st.hsp;
                pc = st.handlerPc[h];
                int slot = st.handlerSlot[h];
                w = st.words;
                r = st.refs;
                w[slot] = REF;
                r[slot] = e;
            }
        }
    }

    /** The error t as it leaves the activation of m (failing at pc - 1), its frame noted in the mino stack trace. */
    private static RuntimeException leaving(Throwable t, BytecodeFn.Method m, int pc, RegisterStack st, int hbase) {
        Throwable e = escaping(t, m, pc, st, hbase);
        MinoStackTrace.unwinding(e, m, pc - 1);
        throw SlowPaths.sneaky(e);
    }

    /**
     * t with the failing instruction's position attached. If that itself fails (a stack overflow while
     * unwinding one), the new error leaves the activation, so its handlers go first.
     */
    private static Throwable escaping(Throwable t, BytecodeFn.Method m, int pc, RegisterStack st, int hbase) {
        try {
            return SlowPaths.escaping(t, m, pc - 1);
        } catch (Throwable again) {
            st.hsp = hbase;
            throw again;
        }
    }

    /** The generic side of an _II op at pc - 1 (operands not both fixnums, overflow, or its var redefined). */
    private static void intBinarySlow(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        SlowPaths.intBinary(st, insn & 0xFF, m.sites[pc - 1], base + ((insn >>> 8) & 0xFF), base + ((insn >>> 16) & 0xFF), base + (insn >>> 24));
    }

    /** The generic side of an _IK op at pc - 1. */
    private static void intConstantSlow(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        SlowPaths.intWithConstant(st, insn & 0xFF, m.sites[pc - 1], base + ((insn >>> 8) & 0xFF), base + ((insn >>> 16) & 0xFF));
    }

    /** The generic side of INC_I / DEC_I at pc - 1. */
    private static void intUnarySlow(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        SlowPaths.intUnary(st, insn & 0xFF, m.sites[pc - 1], base + ((insn >>> 8) & 0xFF), base + ((insn >>> 16) & 0xFF));
    }

    /**
     * SPEC_GENERIC at pc - 1: the specialised op its site was compiled as, whose clojure.core fn has been
     * redefined, runs its generic side (which calls whatever the var holds now).
     */
    private static void genericSide(RegisterStack st, BytecodeFn.Method m, int insn, int pc, int base) {
        IntrinsicSite site = (IntrinsicSite) m.sites[pc - 1];
        int op = site.fastOp();
        int word = (insn & ~0xFF) | op;
        boolean immediate = Op.operands(op).contains("C:i");
        switch (immediate ? -1 : op) {
            case -1 -> intConstantSlow(st, m, word, pc, base);
            case Op.INC_I, Op.DEC_I, Op.ZERO_INT_P, Op.POS_P_I, Op.NEG_P_I -> intUnarySlow(st, m, word, pc, base);
            case Op.NOT, Op.NIL_P -> SlowPaths.unary(st, site, base + ((insn >>> 8) & 0xFF), base + ((insn >>> 16) & 0xFF));
            default -> intBinarySlow(st, m, word, pc, base);
        }
    }



    /**
     * The ops kept out of the dispatch loop (closures, globals, literals, interop, the rarer int and
     * collection ops, fused loops): a small loop compiles better, and these get a profile of their own.
     * Runs the op at pc - 1 and answers the pc to continue at.
     */
    private static int rare(RegisterStack st, BytecodeClosure self, BytecodeFn.Method m, int insn, int pc, int base) {
        long[] w = st.words;
        Object[] r = st.refs;
        Object[] sites = m.sites;
        int[] code = m.code;
        int ra = base + ((insn >>> 8) & 0xFF);
        switch (insn & 0xFF) {
                case Op.PUSH_ENV -> {
                    w[ra] = REF;
                    r[ra] = new Object[(insn >>> 16) & 0xFF];
                }
                case Op.ENV_BIND -> ((Object[]) r[ra])[insn >>> 24] = get(w, r, base + ((insn >>> 16) & 0xFF));
                case Op.CLOSURE -> {
                    int p = insn >>> 16;
                    FnTemplate proto = m.protos[p];
                    Object[] env = m.protoCaptures[p] == 0 ? NO_CAPTURES : (Object[]) r[ra];
                    w[ra] = REF;
                    r[ra] = proto.instantiate(env);
                }
                case Op.GETGLOBAL -> {
                    Object v = ((Var) m.constants[insn >>> 16]).deref();
                    Words.store(w, r, ra, v);
                }
                case Op.SETGLOBAL -> ((Var) m.constants[insn >>> 16]).bindRoot(get(w, r, ra));
                case Op.SETGLOBAL_META -> ((Var) m.constants[insn >>> 16]).setMeta((IPersistentMap) get(w, r, ra));
                case Op.SETVAR -> ((Var) m.constants[insn >>> 16]).set(get(w, r, ra));
                case Op.MAKE_LAZY -> {
                    IntrinsicSite s = (IntrinsicSite) sites[pc - 1];
                    int rb = base + ((insn >>> 16) & 0xFF);
                    if (s.intact()) {
                        w[ra] = REF;
                        r[ra] = new LazySeq((Fn) get(w, r, rb));
                    } else {
                        SlowPaths.unary(st, s, ra, rb);
                        w = st.words;
                        r = st.refs;
                    }
                }
                case Op.JMPIFNOTINSTANCE -> {
                    Class<?> type = (Class<?>) m.constants[code[pc]];
                    pc = dev.mino.runtime.analyzer.TryNode.CatchClause.catchable(type, get(w, r, ra)) ? pc + 1 : pc + (insn >> 16);
                }
                case Op.PUSHDYN, Op.POPDYN -> {
                    dynamicBinding(st, insn, sites[pc - 1], ra);
                    w = st.words;
                    r = st.refs;
                }
                case Op.CASE -> {
                    Object i = ((IPersistentMap) m.constants[insn >>> 16]).valAt(get(w, r, ra), CASE_MISS);
                    if (i != CASE_MISS) pc += 1 + ((Long) i).intValue();
                    w = st.words;
                    r = st.refs;
                }
                case Op.NEWVEC, Op.NEWMAP, Op.NEWSET, Op.WITHMETA -> {
                    literal(st, m, insn, ra);
                    w = st.words;
                    r = st.refs;
                }
                case Op.HOST_CALL, Op.HOST_FIELD, Op.HOST_NEW -> {
                    host(st, m, insn, code[pc], ra, base);
                    pc++;
                    w = st.words;
                    r = st.refs;
                }
                case Op.EVEN_P_I, Op.ODD_P_I, Op.BNOT_I -> {
                    long x = w[base + ((insn >>> 16) & 0xFF)];
                    if ((x & 1) == 0 || ((IntrinsicSite) sites[pc - 1]).var.peekRoot() != ((IntrinsicSite) sites[pc - 1]).original || !IntOps.unary(insn & 0xFF, x >> 1, w, r, ra)) {
                        SlowPaths.intUnary(st, insn & 0xFF, sites[pc - 1], ra, base + ((insn >>> 16) & 0xFF));
                        w = st.words;
                        r = st.refs;
                    }
                }
                case Op.QUOT, Op.REM, Op.MOD, Op.BAND_II, Op.BOR_II, Op.BXOR_II, Op.SHL_II, Op.SHR_II, Op.USHR_II -> {
                    int rb = base + ((insn >>> 16) & 0xFF);
                    int rc = base + (insn >>> 24);
                    long x = w[rb];
                    long y = w[rc];
                    if ((x & y & 1) == 0 || ((IntrinsicSite) sites[pc - 1]).var.peekRoot() != ((IntrinsicSite) sites[pc - 1]).original
                            || !IntOps.binary(insn & 0xFF, x >> 1, y >> 1, w, r, ra)) {
                        SlowPaths.intBinary(st, insn & 0xFF, sites[pc - 1], ra, rb, rc);
                        w = st.words;
                        r = st.refs;
                    }
                }
                case Op.FIRST_VEC, Op.COUNT_VEC, Op.EMPTY_VEC -> DataLanes.unary(st, m, insn, pc, base);
                case Op.CONJ_VEC, Op.DISSOC -> DataLanes.binary(st, m, insn, pc, base);

                case Op.LOOP_INT_LT -> CountedLoops.lt(w, r, ra, base + ((insn >>> 16) & 0xFF), sites[pc - 1]);
                case Op.LOOP_INT_DEC -> CountedLoops.dec(w, r, ra, ((insn >>> 16) & 0xFF) != 0, sites[pc - 1]);
                case Op.LOOP_INT_LT_INC -> CountedLoops.ltInc(w, r, ra, base + ((insn >>> 16) & 0xFF), base + (insn >>> 24), sites[pc - 1]);
                case Op.LOOP_INT_DEC_INC -> CountedLoops.decInc(w, r, ra, base + ((insn >>> 16) & 0xFF), (insn >>> 24) != 0, sites[pc - 1]);
                case Op.LOOP_INT_LT_ACC -> {
                    CountedLoops.ltAcc(w, r, ra, base + ((insn >>> 16) & 0xFF), base + (insn >>> 24), base + code[pc], sites[pc - 1]);
                    pc++;
                }
                case Op.LOOP_INT_DEC_ACC -> {
                    CountedLoops.decAcc(w, r, ra, base + ((insn >>> 16) & 0xFF), base + code[pc], (insn >>> 24) != 0, sites[pc - 1]);
                    pc++;
                }
            default -> throw new IllegalStateException("bad opcode " + (insn & 0xFF) + " at " + (pc - 1));
        }
        return pc;
    }

    private static Object get(long[] w, Object[] r, int i) {
        return Words.toObject(w[i], r[i]);
    }

    /** A call the inline cache's hit path did not take: calls the callee with the n arguments at ra, leaving its value in R(A). */
    private static void callSlow(RegisterStack st, BytecodeFn.Method m, int insn, int word2, int base, int ra) {
        int n = (insn >>> 16) & 0xFF;
        Object f = DeferredFn.resolve(callee(st, m, insn, word2, base, ra, n));
        if (f instanceof BytecodeClosure bc) {
            BytecodeFn.Method cm = bc.fn.methodFor(n);
            if (cm != null) invoke(st, bc, cm, ra, n);
            else SlowPaths.callFn(st, bc, ra, n); // the arity error, or a fn that runs on the fallback tier
        } else {
            SlowPaths.callGeneric(st, f, ra, n);
        }
    }

    /**
     * A tail call: a bytecode callee takes over this window (its arguments moved down to base) and is left
     * in st.tailSelf/tailMethod for exec to run, answering true; any other fn is called here, its value
     * left in R(A), answering false.
     */
    private static boolean tailCall(RegisterStack st, BytecodeFn.Method m, int insn, int word2, int base, int ra) {
        int n = (insn >>> 16) & 0xFF;
        Object f;
        if ((insn & 0xFF) == Op.TAILCALL_CACHED) {
            // The cache resolved the var's value already: a builtin is called at once, a bytecode fn taken over.
            VarCache.Entry e = m.caches[word2].current();
            if (e.fn() != null) {
                SlowPaths.callFn(st, e.fn(), ra, n);
                return false;
            }
            f = e.value();
        } else {
            f = DeferredFn.resolve(callee(st, m, insn, word2, base, ra, n));
        }
        if (!(f instanceof BytecodeClosure bc)) {
            SlowPaths.callGeneric(st, f, ra, n);
            return false;
        }
        BytecodeFn.Method cm = bc.fn.methodFor(n);
        if (cm == null) {
            SlowPaths.callFn(st, bc, ra, n); // the arity error, or a fn that runs on the fallback tier
            return false;
        }
        System.arraycopy(st.words, ra, st.words, base, n);
        System.arraycopy(st.refs, ra, st.refs, base, n);
        if (cm.variadic) SlowPaths.packRest(st, base, cm.arity, n);
        st.tailSelf = bc;
        st.tailMethod = cm;
        return true;
    }

    /**
     * The fn a call names: R(C) for CALL and TAILCALL, else the var's value through the site's cache; for
     * a protocol call, the implementation for the receiver R(A) (monomorphic cache on its dispatch key).
     */
    private static Object callee(RegisterStack st, BytecodeFn.Method m, int insn, int word2, int base, int ra, int n) {
        int op = insn & 0xFF;
        if (op == Op.CALL || op == Op.TAILCALL) return st.get(base + (insn >>> 24));
        VarCache vc = m.caches[word2];
        Object f = vc.current().value();
        if ((op == Op.PROTOCOL_CALL_CACHED || op == Op.PROTOCOL_TAILCALL_CACHED) && f instanceof TypeDispatch td && n > 0) {
            VarCache.Dispatch d = vc.dispatchFor(td, st.get(ra));
            if (d != null) f = d.impl();
        }
        return f;
    }

    private static void dynamicBinding(RegisterStack st, int insn, Object site, int ra) {
        IntrinsicSite s = (IntrinsicSite) site;
        boolean push = (insn & 0xFF) == Op.PUSHDYN;
        if (s.intact()) {
            if (push) ThreadBindings.push((IPersistentMap) st.get(ra));
            else ThreadBindings.pop();
            st.set(ra, null);
        } else {
            st.set(ra, push ? s.call(st.get(ra)) : s.target().invoke());
        }
    }

    private static void literal(RegisterStack st, BytecodeFn.Method m, int insn, int ra) {
        int n = (insn >>> 16) & 0xFF;
        switch (insn & 0xFF) {
            case Op.NEWVEC -> st.set(ra, Colls.vector(SlowPaths.values(st, ra, n)));
            case Op.NEWMAP -> st.set(ra, PersistentArrayMap.createWithCheck(SlowPaths.values(st, ra, n)));
            case Op.NEWSET -> st.set(ra, PersistentHashSet.createWithCheck(SlowPaths.values(st, ra, n)));
            default -> {
                Object v = st.get(ra);
                if (v instanceof IObj o) st.set(ra, o.withMeta((IPersistentMap) m.constants[insn >>> 16]));
            }
        }
    }

    private static void host(RegisterStack st, BytecodeFn.Method m, int insn, int word2, int ra, int base) {
        CallSite site = (CallSite) m.constants[word2];
        int b = (insn >>> 16) & 0xFF;
        boolean instance = (insn >>> 24) != 0;
        Object result = switch (insn & 0xFF) {
            case Op.HOST_CALL -> instance ? site.invokeInstance(st.get(ra), SlowPaths.values(st, ra + 1, b))
                    : site.invokeStatic(SlowPaths.values(st, ra, b));
            case Op.HOST_FIELD -> instance ? site.readInstanceField(st.get(base + b)) : site.readStaticField();
            default -> site.construct(st.get(ra), SlowPaths.values(st, ra + 1, b));
        };
        st.set(ra, result);
    }
}
