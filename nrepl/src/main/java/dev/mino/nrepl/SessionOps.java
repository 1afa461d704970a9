package dev.mino.nrepl;

import java.util.Map;

/** clone, close and ls-sessions. */
final class SessionOps {
    private final Sessions sessions;

    SessionOps(Sessions sessions) {
        this.sessions = sessions;
    }

    /** A new session: a copy of the request's (namespace and kept vars), or a fresh one when it names none. */
    void cloneSession(Request r) {
        Session s = sessions.open(r.session(), r.reply());
        r.connection().adopt(s);
        r.reply().done(Map.of("new-session", s.id));
    }

    void close(Request r) {
        if (r.session() == null) throw new Request.BadRequest("close needs a session", "no-session");
        sessions.close(r.session().id);
        r.connection().release(r.session());
        r.reply().done("session-closed");
    }

    void list(Request r) {
        r.reply().done(Map.of("sessions", sessions.ids()));
    }
}
