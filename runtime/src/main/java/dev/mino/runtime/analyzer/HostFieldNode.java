package dev.mino.runtime.analyzer;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.lang.SourcePosition;

/** (.-field target) or Class/FIELD: target is null for a static field. */
public record HostFieldNode(Node target, CallSite site, SourcePosition pos) implements Node {}
