package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * (recur e1 ...) in tail position: evaluates all args, then rebinds the targets (loop locals or fn
 * params, including the rest param) and jumps back to the loop/fn start.
 */
public record RecurNode(List<LocalBinding> targets, List<Node> args, SourcePosition pos) implements Node {}
