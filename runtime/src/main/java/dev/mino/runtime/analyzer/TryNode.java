package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * (try body* (catch Class e h*)* (finally f*)?). Clauses are tried in order; finallyBody (nullable) runs
 * on every exit. Neither the body nor the handlers are tail positions (the frame must stay for catch).
 */
public record TryNode(Node body, List<CatchClause> catches, Node finallyBody, SourcePosition pos) implements Node {
    /** One catch clause; type null matches anything (:default and mino's (catch e ...)). */
    public record CatchClause(Class<?> type, LocalBinding binding, Node body) {
        public boolean matches(Throwable t) { return type == null || type.isInstance(t); }
    }
}
