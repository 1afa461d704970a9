package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/** (set! var value): changes the current thread binding of a dynamic var. */
public record SetVarNode(Var var, Node value, SourcePosition pos) implements Node {}
