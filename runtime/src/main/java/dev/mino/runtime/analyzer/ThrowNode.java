package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;

/** (throw e). */
public record ThrowNode(Node exception, SourcePosition pos) implements Node {}
