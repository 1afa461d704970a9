package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * (case* expr table default then...): constant-time dispatch. table maps each test constant to the index
 * of its branch in thens; a value not in the table takes the default (which throws when case had none).
 */
public record CaseNode(Node expr, IPersistentMap table, Node otherwise, List<Node> thens, SourcePosition pos) implements Node {}
