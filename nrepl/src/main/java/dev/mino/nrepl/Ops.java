package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ops this server answers, by name, each with the doc describe gives; and the answer to any other op. */
final class Ops {
    private static final Logger LOG = LoggerFactory.getLogger(Ops.class);

    private final Map<String, Consumer<Request>> handlers = new TreeMap<>();
    private final Map<String, String> docs = new TreeMap<>();

    Ops(MinoState state, Sessions sessions) {
        SessionOps sessionOps = new SessionOps(sessions);
        EvalOps evals = new EvalOps(state, sessions);
        ToolOps tools = new ToolOps(state, docs); // describe reads docs, filled below
        add("clone", "Makes a session: a copy of the given one (namespace and dynamic vars), else a fresh one in user. Returns new-session.", sessionOps::cloneSession);
        add("close", "Closes the session, stopping its running eval.", sessionOps::close);
        add("ls-sessions", "Lists the ids of the open sessions (sessions).", sessionOps::list);
        add("describe", "The ops (with their docs when verbose? is given), versions (mino, clojure, java, nrepl) and aux (current-ns).", tools::describe);
        add("eval", "Evaluates code (in ns when given; reports against file, line, column), form by form: out and err as printed, each value with ns, an error as err, ex, root-ex and eval-error.", evals::eval);
        add("load-file", "Evaluates the file's content (file) under file-path; answers the last value; the session's namespace is kept.", evals::loadFile);
        add("interrupt", "Stops the session's running eval (interrupt-id: only if it is that one); the eval answers interrupted.", evals::interrupt);
        add("stdin", "Adds stdin to the session's *in*; an empty string ends the input. An eval waiting for input says need-input.", evals::stdin);
        add("completions", "Completion candidates for prefix in ns (default: the session's): candidate, ns and type each.", tools::completions);
        add("lookup", "The var (or namespace) sym names in ns: info with ns, name, arglists, doc, file, line, column.", tools::lookup);
    }

    private void add(String op, String doc, Consumer<Request> handler) {
        handlers.put(op, handler);
        docs.put(op, doc);
    }

    /** Answers r: a bad field or a failure of the op is answered too, and the connection goes on. */
    void dispatch(Request r) {
        Consumer<Request> handler = handlers.get(r.op());
        if (handler == null) {
            r.reply().done(Map.of("op", r.op()), "error", "unknown-op");
            return;
        }
        try {
            handler.accept(r);
        } catch (Request.BadRequest e) {
            answerError(r, e.getMessage(), e.statuses);
        } catch (RuntimeException e) {
            LOG.warn("nREPL {} failed: {}", r.op(), MinoState.describeError(e));
            answerError(r, r.op() + " failed: " + MinoState.describeError(e), r.op() + "-error");
        }
    }

    private static void answerError(Request r, String message, String... statuses) {
        r.reply().send("err", message + "\n");
        String[] all = new String[statuses.length + 1];
        all[0] = "error";
        System.arraycopy(statuses, 0, all, 1, statuses.length);
        r.reply().done(all);
    }
}
