package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (letfn* [f1 (fn* ...) ...] body): the fns see each other (mutual recursion). */
public record LetfnNode(List<LocalBinding> bindings, List<FnNode> fns, Node body, SourcePosition pos) implements Node {}
