package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (loop* [b1 i1 ...] body): a let whose body is re-entered by recur with new binding values. */
public record LoopNode(List<LocalBinding> bindings, List<Node> inits, Node body, SourcePosition pos) implements Node {}
