package dev.mino.runtime.analyzer;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (.method target args...) or (Class/method args...): target is null for a static call. */
public record HostCallNode(Node target, List<Node> args, CallSite site, SourcePosition pos) implements Node {}
