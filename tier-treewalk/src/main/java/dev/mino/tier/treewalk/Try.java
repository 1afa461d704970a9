package dev.mino.tier.treewalk;

import dev.mino.runtime.analyzer.TryNode;
import dev.mino.runtime.lang.MinoException;
import java.util.List;

/** (try body (catch ...)* (finally ...)?). A JVM stack overflow is caught as a mino "stack overflow" error. */
final class Try extends Exec {
    record Handler(TryNode.CatchClause clause, int slot, Exec body) {}

    private final Exec body;
    private final Handler[] handlers;
    private final Exec finallyBody;

    Try(Exec body, List<Handler> handlers, Exec finallyBody) {
        this.body = body;
        this.handlers = handlers.toArray(new Handler[0]);
        this.finallyBody = finallyBody;
    }

    @Override Object exec(Object[] f) {
        try {
            return body.exec(f);
        } catch (Throwable t) {
            Throwable caught = t instanceof StackOverflowError ? new MinoException("stack overflow (non-tail recursion too deep)") : t;
            for (Handler h : handlers) {
                if (h.clause.matches(caught)) {
                    f[h.slot] = caught;
                    return h.body.exec(f);
                }
            }
            throw t;
        } finally {
            if (finallyBody != null) finallyBody.exec(f);
        }
    }
}
