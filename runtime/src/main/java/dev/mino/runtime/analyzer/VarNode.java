package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/** The value of a global var (its thread binding if dynamic and bound, else its root). */
public record VarNode(Var var, SourcePosition pos) implements Node {}
