package dev.mino.tier.treewalk;

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
import dev.mino.tiers.TierContext;
import java.util.ArrayList;
import java.util.List;

/** Turns analyzed nodes into the tree-walker's executable nodes, one Exec class per construct. */
final class ExecBuilder {
    private final TierContext ctx;

    ExecBuilder(TierContext ctx) {
        this.ctx = ctx;
    }

    Exec build(Node n) {
        return switch (n) {
            case ConstNode c -> new Const(c.value());
            case LocalNode l -> new Local(l.binding().slot());
            case VarNode v -> new VarRef(v.var());
            case TheVarNode v -> new Const(v.var());
            case IfNode i -> new If(build(i.test()), build(i.then()), build(i.otherwise()));
            case DoNode d -> new Do(buildAll(d.statements()), build(d.ret()));
            case LetNode l -> new Let(slots(l.bindings()), buildAll(l.inits()), build(l.body()));
            case LoopNode l -> new Loop(slots(l.bindings()), buildAll(l.inits()), build(l.body()));
            case RecurNode r -> new Recur(slots(r.targets()), buildAll(r.args()));
            case FnNode fn -> new FnLiteral(fn, ctx);
            case InvokeNode i -> invoke(i);
            case DefNode d -> new Def(d.var(), d.init() == null ? null : build(d.init()), build(d.meta()));
            case SetVarNode s -> new SetVar(s.var(), build(s.value()), s.pos());
            case ThrowNode t -> new Throw(build(t.exception()), t.pos());
            case TryNode t -> tryExec(t);
            case LetfnNode l -> new Letfn(slots(l.bindings()),
                    l.fns().stream().map(fn -> new FnLiteral(fn, ctx)).toList(), build(l.body()));
            case VectorNode v -> new Literals.Vector(buildAll(v.items()));
            case MapNode m -> new Literals.Map(buildAll(m.keyVals()));
            case SetNode s -> new Literals.Set(buildAll(s.items()));
            case WithMetaNode w -> new Literals.WithMeta(build(w.expr()), w.meta());
            case HostCallNode h -> new Host.Call(h.target() == null ? null : build(h.target()), buildAll(h.args()), h.site(), h.pos());
            case HostFieldNode h -> new Host.FieldRead(h.target() == null ? null : build(h.target()), h.site(), h.pos());
            case CaseNode c -> new Case(build(c.expr()), c.table(), build(c.otherwise()), buildAll(c.thens()));
            case HostNewNode h -> new Host.New(build(h.type()), buildAll(h.args()), h.site(), h.pos());
        };
    }

    /** A fn literal as a template: one ClosureMethod per arity. */
    ClosureTemplate template(FnNode fn) {
        List<ClosureMethod> methods = new ArrayList<>();
        int paramBase = fn.scope().captureCount() + 1;
        for (FnNode.Method m : fn.methods()) {
            methods.add(new ClosureMethod(build(m.body()), m.frameSize(), m.arity(), m.variadic(), paramBase));
        }
        String name = fn.name() == null ? "fn" : fn.name().toString();
        return new ClosureTemplate(name, fn.captures().size(), methods);
    }

    private Exec invoke(InvokeNode i) {
        List<Exec> args = buildAll(i.args());
        if (i.fn() instanceof VarNode v) {
            Exec intrinsic = Intrinsics.of(v.var(), args, i.pos());
            if (intrinsic != null) return intrinsic;
        }
        return Invoke.create(build(i.fn()), args, i.tail(), i.pos());
    }

    private Exec tryExec(TryNode t) {
        List<Try.Handler> handlers = new ArrayList<>();
        for (TryNode.CatchClause c : t.catches()) {
            handlers.add(new Try.Handler(c, c.binding().slot(), build(c.body())));
        }
        return new Try(build(t.body()), handlers, t.finallyBody() == null ? null : build(t.finallyBody()));
    }

    private List<Exec> buildAll(List<Node> nodes) {
        List<Exec> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) out.add(build(n));
        return out;
    }

    private static int[] slots(List<LocalBinding> bindings) {
        return bindings.stream().mapToInt(LocalBinding::slot).toArray();
    }
}
