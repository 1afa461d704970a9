package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The server's sessions by id. Any connection may use any of them, as nREPL's sessions outlive connections. */
final class Sessions {
    private final MinoState state;
    private final SessionVars vars;
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    Sessions(MinoState state) {
        this.state = state;
        this.vars = new SessionVars(state);
    }

    /** A new session, in user with the vars' root values, or a copy of from's namespace and vars. */
    Session open(Session from, Reply reply) {
        Session s = from == null
                ? Session.start(newId(), state, vars, vars.roots(), "user", reply)
                : Session.start(newId(), state, vars, from.bindings().values(), from.namespace(), reply);
        byId.put(s.id, s);
        return s;
    }

    /** A session for one message that names none: not listed, closed when its work is done. */
    Session ephemeral(Reply reply) {
        return Session.start(newId(), state, vars, vars.roots(), "user", reply);
    }

    Session get(String id) {
        return byId.get(id);
    }

    /** Closes the session of that id; false when there is none. */
    boolean close(String id) {
        Session s = byId.remove(id);
        if (s != null) s.close();
        return s != null;
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    void closeAll() {
        ids().forEach(this::close);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
