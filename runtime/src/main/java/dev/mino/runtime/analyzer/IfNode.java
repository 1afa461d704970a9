package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;

/** (if test then else): else is a nil constant when absent. */
public record IfNode(Node test, Node then, Node otherwise, SourcePosition pos) implements Node {}
