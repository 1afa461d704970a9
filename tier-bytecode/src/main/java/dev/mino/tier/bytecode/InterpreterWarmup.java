package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.lang.VariadicFn;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every op of the dispatch loop, on its fast lane and on its generic path, before any mino code runs.
 * HotSpot compiles the loop with the branch and type profile it has seen; a path first taken later (a
 * program using an op the code before it never used) deoptimizes the compiled loop, and the program then
 * runs in slow profiling code until the large method is compiled again. Seeing every path once up front
 * keeps the first compile valid for all programs. (Run on a thread of its own instead, it saved no
 * start-up time on a 2-core machine: the JIT's threads want the other core then.)
 */
final class InterpreterWarmup {
    private InterpreterWarmup() {}

    /** Each path once is enough: HotSpot prunes only branches it never saw taken. */
    private static final int ROUNDS = 1;
    private static final Namespace NS = new Namespace(Symbol.of("mino.bytecode.warmup"));
    /** The generic fn of every warm-up site: takes anything, answers 0. */
    private static final Fn ANY = new VariadicFn() {
        @Override protected Object doInvoke(Object[] args) { return 0L; }
    };
    private static final Fn NEVER = new VariadicFn() {
        @Override protected Object doInvoke(Object[] args) { return false; }
    };
    private static final Var GOOD = var("good", ANY);
    private static final Var BAD = var("bad", ANY);

    private static final Object[] OPERANDS = {5L, 2L, -3L, Long.MAX_VALUE, Long.MIN_VALUE, 0L, 2.5, Keyword.of("k"), null,
            PersistentVector.of(1L, 2L, 3L), PersistentVector.EMPTY, PersistentArrayMap.EMPTY.assoc(Keyword.of("a"), 1L),
            PersistentList.EMPTY.cons(1L), "s", Boolean.TRUE, new IllegalStateException("warm-up")};
    /** Loop bounds: small, and never negative (a count-down from below zero would not end). */
    private static final Object[] LOOP_OPERANDS = {0L, 5L, 300L, 2.5, Keyword.of("k"), null};

    static void run() {
        try {
            List<BytecodeClosure> fns = new ArrayList<>();
            List<BytecodeClosure> loopFns = new ArrayList<>();
            for (int op : Op.all()) {
                if (Op.isSpecialised(op)) fns.addAll(intrinsics(op, Op.operands(op)));
                if (op >= Op.LOOP_INT_LT && op <= Op.LOOP_INT_DEC_ACC) loopFns.addAll(loops(op));
            }
            fns.addAll(controlFlow());
            loopFns.add(closure(countingLoop(), 2));
            for (int round = 0; round < ROUNDS; round++) {
                callAll(fns, OPERANDS);
                callAll(loopFns, LOOP_OPERANDS);
            }
        } catch (Throwable e) {
            // A warm-up failure must never disturb mino; the loop is then merely compiled later.
        }
    }

    /**
     * Calls each fn with every operand in each position beside a fixnum, and with every operand twice (two
     * big longs overflow, two vectors, ...): each type check of each lane meets each kind of value. All
     * pairs would be 5x the calls, and the warm-up runs while mino starts.
     */
    private static void callAll(List<BytecodeClosure> fns, Object[] operands) {
        Object fixnum = operands[1];
        for (BytecodeClosure f : fns) {
            for (Object a : operands) {
                call(f, a, fixnum);
                call(f, fixnum, a);
                call(f, a, a);
            }
        }
    }

    private static void call(BytecodeClosure f, Object a, Object b) {
        try {
            f.invoke(a, b);
        } catch (Throwable t) {
            // Errors are part of the paths being warmed.
        }
    }

    private static Var var(String name, Object root) {
        Var v = NS.intern(Symbol.of(name));
        v.bindRoot(root);
        return v;
    }

    /** Each specialised op on fixnum literals and on the two arguments, once intact and once with its core fn redefined. */
    private static List<BytecodeClosure> intrinsics(int op, String operands) {
        List<BytecodeClosure> out = new ArrayList<>();
        for (boolean intact : new boolean[] {true, false}) {
            MethodBuilder b = new MethodBuilder(2);
            int k7 = b.constant(7L);
            int k3 = b.constant(3L);
            b.alloc(3);
            b.emitABx(Op.LOAD_K, 2, k7);
            b.emitABx(Op.LOAD_K, 3, k3);
            Object constant = operands.contains("C:i") ? (Object) 3L : operands.contains("C:k") ? Keyword.of("a") : null;
            for (int pass = 0; pass < 2; pass++) {
                int x = pass == 0 ? 2 : 0;
                int y = pass == 0 ? 3 : 1;
                int pc;
                if (operands.contains("C:i")) pc = b.emitABK(op, 4, x, 3);
                else if (operands.contains("C:k")) pc = b.emitABC(op, 4, x, b.constant(constant));
                else if (op == Op.ASSOC) pc = b.emitABCX(op, 4, 0, 1, 2);
                else if (operands.contains("C:")) pc = b.emitABC(op, 4, x, y);
                else pc = b.emitAB(op, 4, x);
                b.site(pc, new IntrinsicSite(intact ? GOOD : BAD, intact ? ANY : "redefined", ANY, constant, pass == 1));
            }
            b.emitA(Op.RETURN, 4);
            out.add(closure(b, 2));
        }
        return out;
    }

    /** A fused loop op over fixnum literals and over the arguments, then its ordinary exit. */
    private static List<BytecodeClosure> loops(int op) {
        List<BytecodeClosure> out = new ArrayList<>();
        for (boolean intact : new boolean[] {true, false}) {
            MethodBuilder b = new MethodBuilder(2);
            b.alloc(4);
            b.emitABx(Op.LOAD_K, 2, b.constant(0L));
            b.emitABx(Op.LOAD_K, 3, b.constant(300L));
            b.emitABx(Op.LOAD_K, 4, b.constant(1L));
            for (int pass = 0; pass < 2; pass++) {
                int i = pass == 0 ? 2 : 0;
                int n = pass == 0 ? 3 : 1;
                int pc = switch (op) {
                    case Op.LOOP_INT_LT -> b.emitAB(op, i, n);
                    case Op.LOOP_INT_DEC -> b.emitAB(op, n, pass);
                    case Op.LOOP_INT_LT_INC -> b.emitABC(op, i, n, 5);
                    case Op.LOOP_INT_DEC_INC -> b.emitABC(op, n, 5, pass);
                    case Op.LOOP_INT_LT_ACC -> b.emitABCX(op, i, n, 4, pass == 0 ? i : 4);
                    default -> b.emitABCX(op, n, 4, pass, pass == 0 ? n : 4);
                };
                b.site(pc, new LoopSite(new Var[] {intact ? GOOD : BAD}, new Object[] {intact ? ANY : "redefined"}));
            }
            b.emitA(Op.RETURN, 4);
            out.add(closure(b, 2));
        }
        return out;
    }

    /** Calls (bytecode and other fns, cached, tail), returns, closures, handlers, case, literals, globals. */
    private static List<BytecodeClosure> controlFlow() {
        List<BytecodeClosure> out = new ArrayList<>();
        // callee: (fn [x y] (inc x)) -- a bytecode fn reached through caches and registers
        MethodBuilder callee = new MethodBuilder(2);
        callee.alloc(1);
        int pc = callee.emitAB(Op.INC_I, 2, 0);
        callee.site(pc, new IntrinsicSite(GOOD, ANY, ANY, null, false));
        callee.emitA(Op.RETURN, 2);
        BytecodeClosure calleeFn = closure(callee, 2);
        Var calleeVar = var("callee", calleeFn);
        Var anyVar = var("any", ANY);
        Var dynamicVar = var("dyn", 1L);
        dynamicVar.setDynamic(true);

        MethodBuilder b = new MethodBuilder(2);
        b.alloc(8);
        // cached call of a bytecode fn, then of another fn
        b.emitAB(Op.MOVE, 2, 0);
        b.emitAB(Op.MOVE, 3, 1);
        b.emitABX(Op.CALL_CACHED, 2, 2, b.cache(calleeVar, 2));
        b.emitAB(Op.MOVE, 3, 0);
        b.emitABX(Op.CALL_CACHED, 3, 1, b.cache(anyVar, 1));
        // register calls
        b.emitABx(Op.GETGLOBAL_CACHED, 4, b.cache(calleeVar, -1));
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitABC(Op.CALL, 5, 2, 4);
        b.emitABx(Op.GETGLOBAL, 4, b.constant(anyVar));
        b.emitABC(Op.CALL, 5, 1, 4);
        b.emitABx(Op.GETGLOBAL, 4, b.constant(dynamicVar));
        // a closure over an environment, called, and a vector / map / set of the arguments
        b.emitAB(Op.PUSH_ENV, 4, 1);
        b.emitABC(Op.ENV_BIND, 4, 0, 0);
        MethodBuilder inner = new MethodBuilder(0);
        inner.alloc(2);
        inner.emitABx(Op.POP_ENV, 0, 0);
        inner.emitA(Op.LOAD_SELF, 1);
        inner.emitA(Op.RETURN, 0);
        BytecodeFn innerFn = new BytecodeFn("warmup-inner", null, 1, List.of(inner.build(0, false)));
        b.emitABx(Op.CLOSURE, 4, b.proto(innerFn, 1));
        b.emitABC(Op.CALL, 5, 0, 4);
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitAB(Op.NEWVEC, 5, 2);
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitAB(Op.NEWSET, 5, 2);
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitAB(Op.NEWMAP, 5, 2);
        b.emitABx(Op.WITHMETA, 5, b.constant(PersistentArrayMap.EMPTY.assoc(Keyword.of("m"), true)));
        // case on the first argument, then a try that throws the second when it is an exception
        b.emitABx(Op.CASE, 0, b.constant(PersistentArrayMap.EMPTY.assoc(5L, 0L).assoc(2L, 1L)));
        int toDefault = b.emitJump(Op.JMP, 0);
        int toFirst = b.emitJump(Op.JMP, 0);
        int toSecond = b.emitJump(Op.JMP, 0);
        b.patch(toDefault, b.pc());
        b.patch(toFirst, b.pc());
        b.patch(toSecond, b.pc());
        int push = b.emitJump(Op.PUSHCATCH, 7);
        b.enterHandler();
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitABX(Op.CALL_CACHED, 5, 2, b.cache(var("thrower", closure(thrower(), 2)), 2));
        b.emit(Op.POPCATCH);
        b.exitHandler();
        int over = b.emitJump(Op.JMP, 0);
        b.patch(push, b.pc());
        int notRuntime = b.emitJump(Op.JMPIFNOTINSTANCE, 7);
        b.setSecondWord(notRuntime, b.constant(RuntimeException.class));
        b.patch(notRuntime, b.pc());
        b.patch(over, b.pc());
        // tail calls: to a bytecode fn through a register, then (in a second fn) to another fn
        b.emitABx(Op.GETGLOBAL_CACHED, 4, b.cache(calleeVar, -1));
        b.emitAB(Op.MOVE, 5, 0);
        b.emitAB(Op.MOVE, 6, 1);
        b.emitABC(Op.TAILCALL, 5, 2, 4);
        out.add(closure(b, 2));

        out.add(closure(globalsAndBindings(anyVar, innerFn), 2));

        MethodBuilder t = new MethodBuilder(2);
        t.alloc(2);
        t.emitAB(Op.MOVE, 2, 0);
        t.emitABX(Op.TAILCALL_CACHED, 2, 1, t.cache(anyVar, 1));
        out.add(closure(t, 2));
        MethodBuilder k = new MethodBuilder(2);
        k.emitBx(Op.LOAD_K_RETURN, k.constant(Keyword.of("k")));
        out.add(closure(k, 2));
        return out;
    }

    /** (loop [i 0] (if (< i x) (recur (+ i 1)) i)) unfused: compare-and-branch and the back-edge. */
    private static MethodBuilder countingLoop() {
        MethodBuilder b = new MethodBuilder(2);
        b.alloc(2);
        b.emitABx(Op.LOAD_K, 2, b.constant(0L));
        int head = b.pc();
        int lt = b.emitABC(Op.LT_II, 3, 2, 0);
        // Its generic path answers false, so a non-number bound ends the loop at once.
        b.site(lt, new IntrinsicSite(GOOD, ANY, NEVER, null, false));
        int exit = b.emitJump(Op.JMPIFNOT, 3);
        int add = b.emitABK(Op.ADD_IK, 2, 2, 1);
        b.site(add, new IntrinsicSite(GOOD, ANY, ANY, 1L, false));
        b.emitJumpTo(Op.JMP, 0, head);
        b.patch(exit, b.pc());
        b.emitA(Op.RETURN, 2);
        return b;
    }

    /** def, set! outside a binding (an error), dynamic bindings, and a lazy seq made from a closure. */
    private static MethodBuilder globalsAndBindings(Var target, BytecodeFn innerFn) {
        MethodBuilder b = new MethodBuilder(2);
        b.alloc(3);
        Var scratch = var("scratch", 0L);
        b.emitABx(Op.LOAD_K, 2, b.constant(PersistentArrayMap.EMPTY));
        b.emitABx(Op.SETGLOBAL_META, 2, b.constant(scratch));
        b.emitABx(Op.SETGLOBAL, 0, b.constant(scratch));
        int push = b.emitA(Op.PUSHDYN, 2);
        b.site(push, new IntrinsicSite(GOOD, ANY, ANY, null, false));
        int pop = b.emitA(Op.POPDYN, 3);
        b.site(pop, new IntrinsicSite(GOOD, ANY, ANY, null, false));
        b.emitAB(Op.PUSH_ENV, 3, 1);
        b.emitABC(Op.ENV_BIND, 3, 1, 0);
        b.emitABx(Op.CLOSURE, 3, b.proto(innerFn, 1));
        int lazy = b.emitAB(Op.MAKE_LAZY, 4, 3);
        b.site(lazy, new IntrinsicSite(GOOD, ANY, ANY, null, false));
        b.emitABx(Op.SETVAR, 0, b.constant(target));
        b.emitA(Op.RETURN, 4);
        return b;
    }

    /** (fn [x e] (throw e)) with a handler that rethrows what is not an ExceptionInfo. */
    private static MethodBuilder thrower() {
        MethodBuilder b = new MethodBuilder(2);
        b.alloc(1);
        int push = b.emitJump(Op.PUSHCATCH, 2);
        b.enterHandler();
        b.emitA(Op.THROW, 1);
        b.emit(Op.POPCATCH);
        b.exitHandler();
        b.patch(push, b.pc());
        int notInfo = b.emitJump(Op.JMPIFNOTINSTANCE, 2);
        b.setSecondWord(notInfo, b.constant(ExceptionInfo.class));
        b.emitA(Op.RETURN, 2);
        b.patch(notInfo, b.pc());
        b.emitA(Op.RETHROW, 2);
        return b;
    }

    private static BytecodeClosure closure(MethodBuilder b, int arity) {
        BytecodeFn fn = new BytecodeFn("warmup", null, 0, List.of(b.build(arity, false)));
        return new BytecodeClosure(fn, new Object[0]);
    }
}
