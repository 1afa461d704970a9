package dev.mino.nrepl;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.EvalHandle;
import dev.mino.runtime.embed.MinoScriptException;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.reader.TopLevelForms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One eval or load-file, on its session's thread. The client gets what the code prints as it is printed,
 * then each form's value (eval) or the last form's (load-file) with the namespace, or the error (its report
 * as "err", its class as "ex" and "root-ex", status "eval-error"), then "done". Like nREPL's, an eval stops
 * at the first form that fails. A load-file leaves the session in the namespace it was in, as load does.
 *
 * @param code the source; its first character stands at line:column of file (positions in reports)
 * @param ns   the namespace to evaluate in (it stays the session's), or null for the session's own
 */
record Evaluation(MinoState state, Session session, Reply reply, String code, String file, String ns, boolean load)
        implements Session.Work {

    @Override public void run(EvalHandle handle) {
        if (ns != null && !session.switchTo(ns)) {
            session.settle();
            reply.done(Map.of("ns", ns), "error", "namespace-not-found");
            return;
        }
        try {
            if (load) loadAll(handle);
            else evalEach(handle);
            finish();
        } catch (EvalCancelledException e) {
            finish("interrupted");
        } catch (RuntimeException | StackOverflowError e) {
            report(e);
            finish();
        }
    }

    private void evalEach(EvalHandle handle) {
        for (String form : TopLevelForms.split(code, file)) sendValue(state.eval(form, file, handle), handle);
    }

    private void loadAll(EvalHandle handle) {
        String before = state.currentNamespace();
        Object value;
        try {
            value = state.eval(code, file, handle);
        } finally {
            session.switchTo(before);
        }
        sendValue(value, handle);  // with the namespace the session is left in, as nREPL's load-file reports it
    }

    /**
     * The value becomes *1 (as at a REPL), and is printed by the state's pr-str of *1: with the session's
     * *print-length* and the like, and stopped by the handle (an endless seq prints until interrupted).
     */
    private void sendValue(Object value, EvalHandle handle) {
        session.bindings().remember(value);
        String printed = (String) state.eval("(clojure.core/pr-str clojure.core/*1)", handle);
        session.settle();
        reply.send(Map.of("value", printed, "ns", state.currentNamespace()));
    }

    /** The error the script threw (what the state wrapped it in says where; the report has both). */
    private void report(Throwable t) {
        Throwable thrown = t instanceof MinoScriptException && t.getCause() != null ? t.getCause() : t;
        session.bindings().set("*e", thrown);
        session.settle();
        reply.send("err", MinoState.describeError(t) + "\n");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ex", thrown.getClass().getName());
        fields.put("root-ex", root(thrown).getClass().getName());
        fields.put("status", List.of("eval-error"));
        reply.send(fields);
    }

    private static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }

    private void finish(String... statuses) {
        session.settle();
        reply.done(statuses);
    }
}
