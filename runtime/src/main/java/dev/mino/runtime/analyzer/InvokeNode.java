package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (f args...): a call. tail is true in tail position, where the call must not grow the stack. */
public record InvokeNode(Node fn, List<Node> args, boolean tail, SourcePosition pos) implements Node {}
