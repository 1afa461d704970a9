package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;

/** A read of a local binding (parameter, let/loop local, captured value, or the fn's own name). */
public record LocalNode(LocalBinding binding, SourcePosition pos) implements Node {}
