package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/** (def name init?): sets the var's metadata and, when init is present, its root. Returns the var. */
public record DefNode(Var var, Node init, IPersistentMap meta, SourcePosition pos) implements Node {}
