package dev.mino.runtime.analyzer;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (new Type args...) / (Type. args...): type is a Class constant, or an expression yielding a record/deftype type. */
public record HostNewNode(Node type, List<Node> args, CallSite site, SourcePosition pos) implements Node {}
