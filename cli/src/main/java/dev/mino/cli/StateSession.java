package dev.mino.cli;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.EvalHandle;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.embed.ReplSession;
import dev.mino.runtime.reader.TopLevelForms;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The {@link Session} of a MinoState: its ReplSession, each form run under a handle Ctrl-C can cancel. */
final class StateSession implements Session {
    /** What clojure.main refers into the REPL's namespace as it starts (less javadoc, which mino has not). */
    static final String REPL_REQUIRES = "(clojure.core/require '[clojure.repl :refer [source apropos dir pst doc find-doc]]"
            + " '[clojure.pprint :refer [pp pprint]])";

    private final ReplSession session;
    /** The handle of the input being evaluated, null while none is. */
    private final AtomicReference<EvalHandle> running = new AtomicReference<>();

    private StateSession(ReplSession session) {
        this.session = session;
    }

    static StateSession open(MinoState state) {
        ReplSession session = state.openReplSession();
        session.eval(REPL_REQUIRES, Repl.SOURCE_NAME, new EvalHandle());
        return new StateSession(session);
    }

    /**
     * One form at a time, so that a form is read in the namespace the previous one left current. The forms
     * share a handle: once cancelled it stops whichever form runs or starts next, so no Ctrl-C is lost.
     */
    @Override public void evalPrint(String src, String sourceName) {
        List<String> forms = TopLevelForms.split(src, sourceName);
        EvalHandle handle = new EvalHandle();
        running.set(handle);
        try {
            for (String form : forms) session.evalPrint(form, sourceName, handle);
        } catch (EvalCancelledException e) {
            throw new Interrupted(e);
        } finally {
            running.set(null);
        }
    }

    @Override public void interrupt() {
        EvalHandle handle = running.get();
        if (handle != null) handle.cancel("interrupted");
    }

    @Override public String currentNamespace() {
        return session.currentNamespace();
    }

    @Override public List<String> completions(String prefix) {
        return session.completions(prefix);
    }
}
