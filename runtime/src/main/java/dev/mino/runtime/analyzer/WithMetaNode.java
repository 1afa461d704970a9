package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.SourcePosition;

/** A fn or collection literal carrying metadata: the value of expr with meta attached. */
public record WithMetaNode(Node expr, IPersistentMap meta, SourcePosition pos) implements Node {}
