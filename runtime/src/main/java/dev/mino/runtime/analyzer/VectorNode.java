package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** A vector literal with non-constant elements. */
public record VectorNode(List<Node> items, SourcePosition pos) implements Node {}
