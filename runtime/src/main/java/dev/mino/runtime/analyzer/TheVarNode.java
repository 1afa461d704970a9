package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/** (var x) / #'x: the Var object itself. */
public record TheVarNode(Var var, SourcePosition pos) implements Node {}
