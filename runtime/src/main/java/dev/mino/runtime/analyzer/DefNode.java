package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/**
 * (def name init?): sets the var's metadata (the name symbol's metadata, evaluated, plus position and
 * namespace) and, when init is present, its root. Returns the var.
 */
public record DefNode(Var var, Node init, Node meta, SourcePosition pos) implements Node {}
