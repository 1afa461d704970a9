package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;

/** A literal or quoted value. */
public record ConstNode(Object value, SourcePosition pos) implements Node {}
