package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** A map literal with non-constant parts: keys and values interleaved. */
public record MapNode(List<Node> keyVals, SourcePosition pos) implements Node {}
