package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.ControlTransfer;
import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * (try body* (catch Class e h*)* (finally f*)?). Clauses are tried in order; finallyBody (nullable) runs
 * on every exit. Neither the body nor the handlers are tail positions (the frame must stay for catch).
 */
public record TryNode(Node body, List<CatchClause> catches, Node finallyBody, SourcePosition pos) implements Node {
    /**
     * One catch clause; type null matches anything (:default and mino's (catch e ...)) but a
     * {@link ControlTransfer} (an evaluation its embedder stops, a transaction's retry), which no clause matches.
     */
    public record CatchClause(Class<?> type, LocalBinding binding, Node body) {
        public boolean matches(Throwable t) { return catchable(type == null ? Throwable.class : type, t); }

        /** Whether a clause for type catches t (the tiers' one rule). */
        public static boolean catchable(Class<?> type, Object t) {
            return type.isInstance(t) && !(t instanceof ControlTransfer);
        }
    }
}
