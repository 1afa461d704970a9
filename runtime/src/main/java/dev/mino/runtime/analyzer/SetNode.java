package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** A set literal with non-constant elements. */
public record SetNode(List<Node> items, SourcePosition pos) implements Node {}
