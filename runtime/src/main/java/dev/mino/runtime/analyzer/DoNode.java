package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/** (do s1 s2 ... ret): statements evaluated for effect, the last expression is the value. */
public record DoNode(List<Node> statements, Node ret, SourcePosition pos) implements Node {}
