package dev.mino.tier.bytecode;

import dev.mino.runtime.analyzer.CaseNode;
import dev.mino.runtime.analyzer.ConstNode;
import dev.mino.runtime.analyzer.DefNode;
import dev.mino.runtime.analyzer.DoNode;
import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.HostCallNode;
import dev.mino.runtime.analyzer.HostFieldNode;
import dev.mino.runtime.analyzer.HostNewNode;
import dev.mino.runtime.analyzer.IfNode;
import dev.mino.runtime.analyzer.InvokeNode;
import dev.mino.runtime.analyzer.LetNode;
import dev.mino.runtime.analyzer.LetfnNode;
import dev.mino.runtime.analyzer.LocalBinding;
import dev.mino.runtime.analyzer.LocalNode;
import dev.mino.runtime.analyzer.LoopNode;
import dev.mino.runtime.analyzer.MapNode;
import dev.mino.runtime.analyzer.Node;
import dev.mino.runtime.analyzer.RecurNode;
import dev.mino.runtime.analyzer.SetNode;
import dev.mino.runtime.analyzer.SetVarNode;
import dev.mino.runtime.analyzer.TheVarNode;
import dev.mino.runtime.analyzer.ThrowNode;
import dev.mino.runtime.analyzer.TryNode;
import dev.mino.runtime.analyzer.VarNode;
import dev.mino.runtime.analyzer.VectorNode;
import dev.mino.runtime.analyzer.WithMetaNode;
import dev.mino.runtime.core.Callables;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.TypeDispatch;
import dev.mino.runtime.lang.Var;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.TierContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Compiles an analyzed fn literal to a {@link BytecodeFn}, one method per arity. Expressions are compiled
 * destination-first: compile(node, dst, tail) leaves the node's value in register dst, or returns it when
 * tail is set. Locals live in fixed registers (the analyzer's slot numbering without the captures and self,
 * which are read with POP_ENV and LOAD_SELF); temporaries are allocated above them, and a call's arguments
 * are placed in fresh registers at the top, where the callee's window begins.
 */
final class Compiler {
    private final TierContext ctx;
    private final FnNode fn;
    private final int captureCount;
    private MethodBuilder b;
    /** Heads of the enclosing loops (and the method itself): where recur jumps. */
    private final Deque<Integer> recurHeads = new ArrayDeque<>();

    private Compiler(TierContext ctx, FnNode fn) {
        this.ctx = ctx;
        this.fn = fn;
        this.captureCount = fn.captures().size();
    }

    /** The methods of fn, one per arity; throws TooLargeForBytecode when one does not fit the encoding. */
    static List<BytecodeFn.Method> methods(FnNode fn, TierContext ctx) {
        Compiler c = new Compiler(ctx, fn);
        List<BytecodeFn.Method> methods = new ArrayList<>();
        for (FnNode.Method m : fn.methods()) methods.add(c.method(m));
        return methods;
    }

    private BytecodeFn.Method method(FnNode.Method m) {
        b = new MethodBuilder(m.localCount());
        recurHeads.clear();
        recurHeads.push(0);
        int result = b.alloc();
        compile(m.body(), result, true);
        return b.build(m.arity(), m.variadic());
    }

    // ---- registers of locals ----

    private int reg(LocalBinding local) {
        return local.slot() - captureCount - 1;
    }

    private boolean inRegister(LocalBinding local) {
        return local.kind() == LocalBinding.Kind.PARAM || local.kind() == LocalBinding.Kind.LOCAL;
    }

    /** A register holding n's value: a local's own register, else a new temporary. */
    private int operand(Node n) {
        if (n instanceof LocalNode l && inRegister(l.binding())) return reg(l.binding());
        int t = b.alloc();
        compile(n, t, false);
        return t;
    }

    /** Leaves the value in reg at the node's destination. */
    private void deliver(int reg, int dst, boolean tail) {
        if (tail) b.emitA(Op.RETURN, reg);
        else if (reg != dst) b.emitAB(Op.MOVE, dst, reg);
    }

    /** A register the node may build its value in before delivering it: dst itself when that is a fresh temporary. */
    private int scratch(int dst, boolean tail) {
        return !tail && b.isTopTemp(dst) ? dst : b.alloc();
    }

    // ---- expressions ----

    private void compile(Node n, int dst, boolean tail) {
        switch (n) {
            case ConstNode c -> constant(c.value(), dst, tail);
            case LocalNode l -> local(l.binding(), dst, tail);
            case VarNode v -> {
                Var var = v.var();
                if (var.isDynamic()) b.emitABx(Op.GETGLOBAL, dst, b.constant(var));
                else b.emitABx(Op.GETGLOBAL_CACHED, dst, b.cache(var, -1));
                deliver(dst, dst, tail);
            }
            case TheVarNode v -> constant(v.var(), dst, tail);
            case IfNode i -> ifNode(i, dst, tail);
            case DoNode d -> {
                for (Node s : d.statements()) effect(s);
                compile(d.ret(), dst, tail);
            }
            case LetNode l -> {
                for (int k = 0; k < l.bindings().size(); k++) compile(l.inits().get(k), reg(l.bindings().get(k)), false);
                compile(l.body(), dst, tail);
            }
            case LoopNode l -> loop(l, dst, tail);
            case RecurNode r -> recur(r);
            case FnNode f -> {
                int mark = b.mark();
                int t = scratch(dst, tail);
                closure(f, t);
                deliver(t, dst, tail);
                b.free(mark);
            }
            case InvokeNode i -> invoke(i, dst, tail);
            case DefNode d -> def(d, dst, tail);
            case SetVarNode s -> {
                int mark = b.mark();
                int v = operand(s.value());
                b.position(b.emitABx(Op.SETVAR, v, b.constant(s.var())), s.pos());
                deliver(v, dst, tail);
                b.free(mark);
            }
            case ThrowNode t -> {
                int mark = b.mark();
                int v = operand(t.exception());
                b.position(b.emitA(Op.THROW, v), t.pos());
                b.free(mark);
            }
            case TryNode t -> tryNode(t, dst, tail);
            case LetfnNode l -> letfn(l, dst, tail);
            case VectorNode v -> collection(Op.NEWVEC, v.items(), dst, tail);
            case MapNode m -> collection(Op.NEWMAP, m.keyVals(), dst, tail);
            case SetNode s -> collection(Op.NEWSET, s.items(), dst, tail);
            case WithMetaNode w -> {
                int mark = b.mark();
                int t = scratch(dst, tail);
                compile(w.expr(), t, false);
                b.emitABx(Op.WITHMETA, t, b.constant(w.meta()));
                deliver(t, dst, tail);
                b.free(mark);
            }
            case HostCallNode h -> hostCall(h, dst, tail);
            case HostFieldNode h -> {
                int mark = b.mark();
                int site = b.constant(h.site());
                int pc = h.target() == null ? b.emitABCX(Op.HOST_FIELD, dst, 0, 0, site)
                        : b.emitABCX(Op.HOST_FIELD, dst, operand(h.target()), 1, site);
                b.position(pc, h.pos());
                deliver(dst, dst, tail);
                b.free(mark);
            }
            case HostNewNode h -> {
                int mark = b.mark();
                int base = b.alloc(1 + h.args().size());
                compile(h.type(), base, false);
                for (int k = 0; k < h.args().size(); k++) compile(h.args().get(k), base + 1 + k, false);
                b.position(b.emitABX(Op.HOST_NEW, base, h.args().size(), b.constant(h.site())), h.pos());
                deliver(base, dst, tail);
                b.free(mark);
            }
            case CaseNode c -> caseNode(c, dst, tail);
        }
    }

    /** Compiles n for its effects only. */
    private void effect(Node n) {
        if (n instanceof ConstNode || n instanceof LocalNode || n instanceof TheVarNode) return;
        int mark = b.mark();
        compile(n, b.alloc(), false);
        b.free(mark);
    }

    private void constant(Object v, int dst, boolean tail) {
        int k = b.constant(v);
        if (tail) b.emitBx(Op.LOAD_K_RETURN, k);
        else b.emitABx(Op.LOAD_K, dst, k);
    }

    private void local(LocalBinding local, int dst, boolean tail) {
        switch (local.kind()) {
            case PARAM, LOCAL -> deliver(reg(local), dst, tail);
            case CAPTURE -> {
                b.emitABx(Op.POP_ENV, dst, local.slot());
                deliver(dst, dst, tail);
            }
            case SELF -> {
                b.emitA(Op.LOAD_SELF, dst);
                deliver(dst, dst, tail);
            }
        }
    }

    private void ifNode(IfNode i, int dst, boolean tail) {
        int mark = b.mark();
        int test = operand(i.test());
        int toElse = b.emitJump(Op.JMPIFNOT, test);
        b.free(mark);
        compile(i.then(), dst, tail);
        int toEnd = tail || i.then() instanceof RecurNode ? -1 : b.emitJump(Op.JMP, 0);
        b.patch(toElse, b.pc());
        compile(i.otherwise(), dst, tail);
        if (toEnd >= 0) b.patch(toEnd, b.pc());
    }

    private void loop(LoopNode l, int dst, boolean tail) {
        List<LocalBinding> bs = l.bindings();
        for (int k = 0; k < bs.size(); k++) compile(l.inits().get(k), reg(bs.get(k)), false);
        int mark = b.mark();
        CountedLoopShape shape = CountedLoopShape.match(l);
        int head;
        if (shape != null) {
            int[] fused = fusedOperands(shape);
            head = b.pc();
            emitFused(shape, fused);
        } else {
            head = b.pc();
        }
        recurHeads.push(head);
        compile(l.body(), dst, tail);
        recurHeads.pop();
        b.free(mark);
    }

    /** Registers of the counter, limit, second binding and addend; invariants that are not locals are loaded once before the head. */
    private int[] fusedOperands(CountedLoopShape s) {
        int limit = s.limit() == null ? -1 : operand(s.limit());
        int second = s.second() == null ? -1 : reg(s.second());
        int addend = -1;
        if (s.addend() != null) {
            addend = s.addend() instanceof LocalNode ln && ln.binding() == s.counter() ? reg(s.counter()) : operand(s.addend());
        }
        return new int[] {reg(s.counter()), limit, second, addend};
    }

    private void emitFused(CountedLoopShape s, int[] r) {
        int pos = s.posForm() ? 1 : 0;
        int pc = switch (s.op()) {
            case Op.LOOP_INT_LT -> b.emitAB(Op.LOOP_INT_LT, r[0], r[1]);
            case Op.LOOP_INT_DEC -> b.emitAB(Op.LOOP_INT_DEC, r[0], pos);
            case Op.LOOP_INT_LT_INC -> b.emitABC(Op.LOOP_INT_LT_INC, r[0], r[1], r[2]);
            case Op.LOOP_INT_DEC_INC -> b.emitABC(Op.LOOP_INT_DEC_INC, r[0], r[2], pos);
            case Op.LOOP_INT_LT_ACC -> b.emitABCX(Op.LOOP_INT_LT_ACC, r[0], r[1], r[2], r[3]);
            default -> b.emitABCX(Op.LOOP_INT_DEC_ACC, r[0], r[2], pos, r[3]);
        };
        Var[] vars = s.vars().toArray(new Var[0]);
        Object[] originals = new Object[vars.length];
        for (int k = 0; k < vars.length; k++) originals[k] = vars[k].definedRoot();
        b.site(pc, new LoopSite(vars, originals));
    }

    /**
     * (recur args...): every arg is evaluated before any target changes. An arg goes straight into its
     * target register when no later arg reads that target (and it reads the target itself only if it
     * writes its destination last); the others go through temporaries.
     */
    private void recur(RecurNode r) {
        List<LocalBinding> targets = r.targets();
        List<Node> args = r.args();
        int mark = b.mark();
        int[] from = new int[args.size()];
        for (int k = 0; k < args.size(); k++) {
            LocalBinding target = targets.get(k);
            Node arg = args.get(k);
            int treg = reg(target);
            if (arg instanceof LocalNode ln && ln.binding() == target) {
                from[k] = treg;
                continue;
            }
            boolean laterReads = false;
            for (int j = k + 1; j < args.size() && !laterReads; j++) laterReads = Nodes.reads(args.get(j), target);
            boolean direct = !laterReads && (!Nodes.reads(arg, target) || Nodes.writesOnceAtEnd(arg));
            from[k] = direct ? treg : b.alloc();
            compile(arg, from[k], false);
        }
        for (int k = 0; k < args.size(); k++) {
            int treg = reg(targets.get(k));
            if (from[k] != treg) b.emitAB(Op.MOVE, treg, from[k]);
        }
        b.free(mark);
        b.emitJumpTo(Op.JMP, 0, recurHeads.peek());
    }

    // ---- fn literals ----

    /** R(dst) := a closure of f over the current values of its captures. dst must be a temporary. */
    private int closure(FnNode f, int dst) {
        FnTemplate t = ctx.compileFn(f);
        List<FnNode.Capture> caps = f.captures();
        int p = b.proto(t, caps.size());
        if (!caps.isEmpty()) {
            b.emitAB(Op.PUSH_ENV, dst, caps.size());
            for (int k = 0; k < caps.size(); k++) bindCapture(dst, caps.get(k).outer(), k);
        }
        b.emitABx(Op.CLOSURE, dst, p);
        return p;
    }

    /** Environment env slot k := the value of local (in this fn). */
    private void bindCapture(int env, LocalBinding local, int k) {
        int mark = b.mark();
        int src;
        if (inRegister(local)) {
            src = reg(local);
        } else {
            src = b.alloc();
            local(local, src, false);
        }
        b.emitABC(Op.ENV_BIND, env, src, k);
        b.free(mark);
    }

    /**
     * (letfn* [f (fn* ...) ...] body): each closure is made over an environment; captured letfn names are
     * bound into those environments after all the closures exist (the closures keep their environments).
     */
    private void letfn(LetfnNode l, int dst, boolean tail) {
        int mark = b.mark();
        List<LocalBinding> names = l.bindings();
        List<FnNode> fns = l.fns();
        int[] envs = new int[fns.size()];
        for (int i = 0; i < fns.size(); i++) {
            FnNode f = fns.get(i);
            List<FnNode.Capture> caps = f.captures();
            int p = b.proto(ctx.compileFn(f), caps.size());
            int target = reg(names.get(i));
            if (caps.isEmpty()) {
                envs[i] = -1;
                b.emitABx(Op.CLOSURE, target, p);
                continue;
            }
            envs[i] = b.alloc();
            b.emitAB(Op.PUSH_ENV, envs[i], caps.size());
            for (int k = 0; k < caps.size(); k++) {
                if (!names.contains(caps.get(k).outer())) bindCapture(envs[i], caps.get(k).outer(), k);
            }
            b.emitAB(Op.MOVE, target, envs[i]);
            b.emitABx(Op.CLOSURE, target, p);
        }
        for (int i = 0; i < fns.size(); i++) {
            List<FnNode.Capture> caps = fns.get(i).captures();
            for (int k = 0; k < caps.size(); k++) {
                LocalBinding outer = caps.get(k).outer();
                if (names.contains(outer)) b.emitABC(Op.ENV_BIND, envs[i], reg(outer), k);
            }
        }
        b.free(mark);
        compile(l.body(), dst, tail);
    }

    // ---- calls ----

    private void invoke(InvokeNode i, int dst, boolean tail) {
        CoreOps.Spec spec = CoreOps.specFor(i);
        if (spec != null) {
            specialised(i, spec, dst, tail);
            return;
        }
        List<Node> args = i.args();
        if (i.fn() instanceof ConstNode c && c.value() instanceof Keyword kw && args.size() == 1 && b.constant(kw) <= 255) {
            keywordLookup(i, kw, dst, tail);
            return;
        }
        int mark = b.mark();
        int n = args.size();
        if (i.fn() instanceof VarNode vn && !vn.var().isDynamic()) {
            Var var = vn.var();
            boolean protocol = n > 0 && var.getRoot() instanceof TypeDispatch;
            int base = argumentBlock(dst, tail, n);
            for (int k = 0; k < n; k++) compile(args.get(k), base + k, false);
            int cache = b.cache(var, n);
            int op = protocol ? (tail ? Op.PROTOCOL_TAILCALL_CACHED : Op.PROTOCOL_CALL_CACHED) : (tail ? Op.TAILCALL_CACHED : Op.CALL_CACHED);
            b.position(b.emitABX(op, base, n, cache), i.pos());
            if (!tail) deliver(base, dst, false);
            b.free(mark);
            return;
        }
        int f;
        if (i.fn() instanceof LocalNode ln && inRegister(ln.binding())) {
            f = reg(ln.binding());
        } else {
            f = b.alloc();
            compile(i.fn(), f, false);
        }
        int base = argumentBlock(dst, tail, n);
        for (int k = 0; k < n; k++) compile(args.get(k), base + k, false);
        b.position(b.emitABC(tail ? Op.TAILCALL : Op.CALL, base, n, f), i.pos());
        if (!tail) deliver(base, dst, false);
        b.free(mark);
    }

    /** n consecutive registers for a call's arguments, starting at dst when dst is the top temporary. */
    private int argumentBlock(int dst, boolean tail, int n) {
        if (!tail && b.isTopTemp(dst)) {
            if (n > 1) b.alloc(n - 1);
            return dst;
        }
        return b.alloc(Math.max(n, 1));
    }

    /** A clojure.core call compiled to its op, guarded by an IntrinsicSite. */
    private void specialised(InvokeNode i, CoreOps.Spec spec, int dst, boolean tail) {
        Var var = CoreOps.coreVar(i.fn());
        Object original = var.definedRoot();
        List<Node> args = i.args();
        int mark = b.mark();
        int out = tail ? b.alloc() : dst;
        int pc;
        Object constant = null;
        boolean constantFirst = false;
        switch (spec.op()) {
            case Op.MAKE_LAZY, Op.PUSHDYN -> {
                int t = operand(args.get(0));
                pc = spec.op() == Op.MAKE_LAZY ? b.emitAB(Op.MAKE_LAZY, out, t) : pushdyn(t, out);
            }
            case Op.POPDYN -> pc = b.emitA(Op.POPDYN, out);
            case Op.GET_KW_MAP -> {
                constant = ((ConstNode) args.get(1)).value();
                int k = b.constant(constant);
                if (k > 255) {
                    b.free(mark);
                    plainCall(i, dst, tail);
                    return;
                }
                pc = b.emitABC(Op.GET_KW_MAP, out, operand(args.get(0)), k);
            }
            case Op.ASSOC -> {
                int m = operand(args.get(0));
                int k = operand(args.get(1));
                pc = b.emitABCX(Op.ASSOC, out, m, k, operand(args.get(2)));
            }
            default -> {
                if (spec.argc() == 1) {
                    pc = b.emitAB(spec.op(), out, operand(args.get(0)));
                } else if (spec.immOp() >= 0 && CoreOps.smallInt(args.get(1)) != null) {
                    constant = CoreOps.smallInt(args.get(1));
                    pc = b.emitABK(spec.immOp(), out, operand(args.get(0)), (Long) constant);
                } else if (spec.mirrorOp() >= 0 && CoreOps.smallInt(args.get(0)) != null) {
                    constant = CoreOps.smallInt(args.get(0));
                    constantFirst = true;
                    pc = b.emitABK(spec.mirrorOp(), out, operand(args.get(1)), (Long) constant);
                } else {
                    int x = operand(args.get(0));
                    int y = operand(args.get(1));
                    pc = b.emitABC(spec.op(), out, x, y);
                }
            }
        }
        b.site(pc, new IntrinsicSite(var, original, Callables.asFn(original), constant, constantFirst));
        b.position(pc, i.pos());
        deliver(out, dst, tail);
        b.free(mark);
    }

    private int pushdyn(int map, int out) {
        if (map != out) b.emitAB(Op.MOVE, out, map);
        return b.emitA(Op.PUSHDYN, out);
    }

    /** (:k m): GET_KW_MAP without a var to guard. */
    private void keywordLookup(InvokeNode i, Keyword kw, int dst, boolean tail) {
        int mark = b.mark();
        int out = tail ? b.alloc() : dst;
        int pc = b.emitABC(Op.GET_KW_MAP, out, operand(i.args().get(0)), b.constant(kw));
        b.site(pc, new IntrinsicSite(null, kw, kw, kw, false));
        b.position(pc, i.pos());
        deliver(out, dst, tail);
        b.free(mark);
    }

    /** The call as an ordinary call through its var (for shapes a fast lane does not cover). */
    private void plainCall(InvokeNode i, int dst, boolean tail) {
        int mark = b.mark();
        int n = i.args().size();
        int base = argumentBlock(dst, tail, n);
        for (int k = 0; k < n; k++) compile(i.args().get(k), base + k, false);
        int cache = b.cache(((VarNode) i.fn()).var(), n);
        b.position(b.emitABX(tail ? Op.TAILCALL_CACHED : Op.CALL_CACHED, base, n, cache), i.pos());
        if (!tail) deliver(base, dst, false);
        b.free(mark);
    }

    private void hostCall(HostCallNode h, int dst, boolean tail) {
        int mark = b.mark();
        List<Node> args = h.args();
        boolean instance = h.target() != null;
        int n = args.size();
        int base = b.alloc(Math.max(1, n + (instance ? 1 : 0)));
        if (instance) compile(h.target(), base, false);
        int first = instance ? base + 1 : base;
        for (int k = 0; k < n; k++) compile(args.get(k), first + k, false);
        b.position(b.emitABCX(Op.HOST_CALL, base, n, instance ? 1 : 0, b.constant(h.site())), h.pos());
        deliver(base, dst, tail);
        b.free(mark);
    }

    // ---- other forms ----

    private void def(DefNode d, int dst, boolean tail) {
        int mark = b.mark();
        int t = b.alloc();
        int var = b.constant(d.var());
        compile(d.meta(), t, false);
        b.emitABx(Op.SETGLOBAL_META, t, var);
        if (d.init() != null) {
            compile(d.init(), t, false);
            b.emitABx(Op.SETGLOBAL, t, var);
        }
        b.free(mark);
        constant(d.var(), dst, tail);
    }

    private void collection(int op, List<Node> items, int dst, boolean tail) {
        int mark = b.mark();
        int n = items.size();
        int base = b.alloc(Math.max(1, n));
        for (int k = 0; k < n; k++) compile(items.get(k), base + k, false);
        b.emitAB(op, base, n);
        deliver(base, dst, tail);
        b.free(mark);
    }

    /**
     * try/catch/finally. The finally handler (outer) covers the body and the catch clauses; the catch
     * handler covers the body. A caught exception is tested against each clause's class in order; none
     * matching rethrows it. Neither the body nor a clause is a tail position (the analyzer guarantees it).
     */
    private void tryNode(TryNode t, int dst, boolean tail) {
        int mark = b.mark();
        int res = b.alloc();
        boolean hasFinally = t.finallyBody() != null;
        boolean hasCatches = !t.catches().isEmpty();
        int finallyExc = hasFinally ? b.alloc() : -1;
        int catchExc = hasCatches ? b.alloc() : -1;
        int finallyHandler = -1;
        int catchHandler = -1;
        if (hasFinally) {
            finallyHandler = b.emitJump(Op.PUSHCATCH, finallyExc);
            b.enterHandler();
        }
        if (hasCatches) {
            catchHandler = b.emitJump(Op.PUSHCATCH, catchExc);
            b.enterHandler();
        }
        compile(t.body(), res, false);
        if (hasCatches) {
            b.emit(Op.POPCATCH);
            b.exitHandler();
            List<Integer> toEnd = new ArrayList<>();
            toEnd.add(b.emitJump(Op.JMP, 0));
            b.patch(catchHandler, b.pc());
            for (TryNode.CatchClause c : t.catches()) {
                // Every clause tests, a catch-all too: no clause catches an evaluation its embedder stops.
                int next = b.emitJump(Op.JMPIFNOTINSTANCE, catchExc);
                b.setSecondWord(next, b.constant(c.type() == null ? Throwable.class : c.type()));
                b.emitAB(Op.MOVE, reg(c.binding()), catchExc);
                compile(c.body(), res, false);
                toEnd.add(b.emitJump(Op.JMP, 0));
                b.patch(next, b.pc());
                if (c.type() == null) break;
            }
            b.emitA(Op.RETHROW, catchExc);
            for (int j : toEnd) b.patch(j, b.pc());
        }
        if (hasFinally) {
            b.emit(Op.POPCATCH);
            b.exitHandler();
            effect(t.finallyBody());
            int toEnd = b.emitJump(Op.JMP, 0);
            b.patch(finallyHandler, b.pc());
            effect(t.finallyBody());
            b.emitA(Op.RETHROW, finallyExc);
            b.patch(toEnd, b.pc());
        }
        deliver(res, dst, tail);
        b.free(mark);
    }

    /** case*: CASE then a jump table (default first, then each branch), then the branches. */
    private void caseNode(CaseNode c, int dst, boolean tail) {
        int mark = b.mark();
        int v = operand(c.expr());
        b.emitABx(Op.CASE, v, b.constant(c.table()));
        b.free(mark);
        int n = c.thens().size();
        int[] table = new int[n + 1];
        for (int k = 0; k <= n; k++) table[k] = b.emitJump(Op.JMP, 0);
        List<Integer> toEnd = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            b.patch(table[k], b.pc());
            compile(k == 0 ? c.otherwise() : c.thens().get(k - 1), dst, tail);
            if (!tail) toEnd.add(b.emitJump(Op.JMP, 0));
        }
        for (int j : toEnd) b.patch(j, b.pc());
    }
}
