package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;

/**
 * An analyzed form: macroexpanded, with locals resolved to bindings, vars to Var objects, and tail
 * positions marked. Every tier compiles these; one record per special form.
 */
public sealed interface Node permits ConstNode, LocalNode, VarNode, TheVarNode, IfNode, DoNode, LetNode, LoopNode,
        RecurNode, FnNode, InvokeNode, DefNode, SetVarNode, ThrowNode, TryNode, LetfnNode, VectorNode, MapNode,
        SetNode, WithMetaNode, HostNewNode, HostCallNode, HostFieldNode, CaseNode {
    /** Where the form came from (may be null for synthesized forms). */
    SourcePosition pos();
}
