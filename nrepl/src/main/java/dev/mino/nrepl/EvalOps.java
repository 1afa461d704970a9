package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;

/** eval, load-file, interrupt and stdin: the ops that run code in a session, or reach the code running there. */
final class EvalOps {
    private static final String NO_SOURCE_FILE = "NO_SOURCE_FILE";
    /** Past these a client's line or column is not taken (the padding that places the code would be huge). */
    private static final long MAX_LINE = 1_000_000;
    private static final long MAX_COLUMN = 10_000;

    private final MinoState state;
    private final Sessions sessions;

    EvalOps(MinoState state, Sessions sessions) {
        this.state = state;
        this.sessions = sessions;
    }

    void eval(Request r) {
        String code = placed(r.text("code"), r.number("line", 1), r.number("column", 1));
        String file = r.text("file", NO_SOURCE_FILE);
        String ns = r.text("ns", null);
        run(r, session -> new Evaluation(state, session, r.reply(), code, file, ns, false));
    }

    void loadFile(Request r) {
        String content = r.text("file");
        String file = r.text("file-path", r.text("file-name", NO_SOURCE_FILE));
        run(r, session -> new Evaluation(state, session, r.reply(), content, file, null, true));
    }

    /** In the request's session, or in one made for this request alone when it names none (as nREPL does). */
    private void run(Request r, java.util.function.Function<Session, Session.Work> work) {
        Session s = r.session();
        if (s != null) {
            s.submit(r.reply(), work.apply(s));
            return;
        }
        Session ephemeral = sessions.ephemeral(r.reply());
        // Held by the connection while it runs, so that a client who leaves mid-eval stops it.
        r.connection().adopt(ephemeral);
        ephemeral.submit(r.reply(), work.apply(ephemeral));
        ephemeral.retire(() -> r.connection().release(ephemeral));
    }

    void interrupt(Request r) {
        r.reply().done(required(r).interrupt(r.message().get("interrupt-id")));
    }

    void stdin(Request r) {
        required(r).stdin(r.text("stdin"));
        r.reply().done();
    }

    private static Session required(Request r) {
        if (r.session() == null) throw new Request.BadRequest(r.op() + " needs a session", "no-session");
        return r.session();
    }

    /** The code preceded by what puts its first character at line:column, so that reports point into the file. */
    private static String placed(String code, long line, long column) {
        if (line < 1 || line > MAX_LINE || column < 1 || column > MAX_COLUMN) return code;
        return "\n".repeat((int) line - 1) + " ".repeat((int) column - 1) + code;
    }
}
