package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (let* [b1 i1 ...] body): each init sees the bindings before it. */
public record LetNode(List<LocalBinding> bindings, List<Node> inits, Node body, SourcePosition pos) implements Node {}
