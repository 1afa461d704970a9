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
import java.util.ArrayList;
import java.util.List;

/** Questions the compiler asks about analyzed subtrees. */
final class Nodes {
    private Nodes() {}

    /** Whether evaluating n reads local b (directly, or by capturing it in a fn literal). */
    static boolean reads(Node n, LocalBinding b) {
        if (n instanceof LocalNode l) return l.binding() == b;
        if (n instanceof FnNode fn) {
            for (FnNode.Capture c : fn.captures()) if (c.outer() == b) return true;
            return false;
        }
        for (Node child : children(n)) if (reads(child, b)) return true;
        return false;
    }

    /** The direct subexpressions of n evaluated in n's own frame (a fn literal's body is not). */
    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        switch (n) {
            case ConstNode c -> { }
            case LocalNode l -> { }
            case VarNode v -> { }
            case TheVarNode v -> { }
            case FnNode fn -> { }
            case IfNode i -> { out.add(i.test()); out.add(i.then()); out.add(i.otherwise()); }
            case DoNode d -> { out.addAll(d.statements()); out.add(d.ret()); }
            case LetNode l -> { out.addAll(l.inits()); out.add(l.body()); }
            case LoopNode l -> { out.addAll(l.inits()); out.add(l.body()); }
            case RecurNode r -> out.addAll(r.args());
            case InvokeNode i -> { out.add(i.fn()); out.addAll(i.args()); }
            case DefNode d -> { if (d.init() != null) out.add(d.init()); out.add(d.meta()); }
            case SetVarNode s -> out.add(s.value());
            case ThrowNode t -> out.add(t.exception());
            case TryNode t -> {
                out.add(t.body());
                for (TryNode.CatchClause c : t.catches()) out.add(c.body());
                if (t.finallyBody() != null) out.add(t.finallyBody());
            }
            case LetfnNode l -> { out.addAll(l.fns()); out.add(l.body()); }
            case VectorNode v -> out.addAll(v.items());
            case MapNode m -> out.addAll(m.keyVals());
            case SetNode s -> out.addAll(s.items());
            case WithMetaNode w -> out.add(w.expr());
            case HostCallNode h -> { if (h.target() != null) out.add(h.target()); out.addAll(h.args()); }
            case HostFieldNode h -> { if (h.target() != null) out.add(h.target()); }
            case HostNewNode h -> { out.add(h.type()); out.addAll(h.args()); }
            case CaseNode c -> { out.add(c.expr()); out.add(c.otherwise()); out.addAll(c.thens()); }
        }
        return out;
    }

    /** Whether compiling n writes its destination register only with its last instruction. */
    static boolean writesOnceAtEnd(Node n) {
        return n instanceof ConstNode || n instanceof LocalNode || n instanceof VarNode || n instanceof TheVarNode
                || n instanceof InvokeNode || (n instanceof FnNode fn && fn.captures().isEmpty());
    }
}
