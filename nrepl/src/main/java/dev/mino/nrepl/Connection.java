package dev.mino.nrepl;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client: its messages, read and answered in turn (evals run on their sessions' threads meanwhile).
 * When the client leaves, or sends what is not bencode, the connection ends and the sessions it made are
 * closed, their evals stopped: nothing a client does outlasts it.
 */
final class Connection implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final Transport transport;
    private final Ops ops;
    private final Sessions sessions;
    private final Set<Session> owned = ConcurrentHashMap.newKeySet();

    Connection(Transport transport, Ops ops, Sessions sessions) {
        this.transport = transport;
        this.ops = ops;
        this.sessions = sessions;
    }

    /** s is closed when this connection ends. */
    void adopt(Session s) {
        owned.add(s);
    }

    void release(Session s) {
        owned.remove(s);
    }

    @Override public void run() {
        try {
            for (Object message = transport.read(); message != null; message = transport.read()) handle(message);
        } catch (BencodeException e) {
            // The stream's framing is lost: say why, then hang up.
            LOG.warn("nREPL: a malformed message from {}: {}", transport.peer(), e.getMessage());
            malformed("not a bencode message: " + e.getMessage());
        } catch (IOException e) {
            LOG.debug("nREPL: {} left: {}", transport.peer(), e.toString());
        } catch (RuntimeException e) {
            LOG.warn("nREPL: the connection with {} failed", transport.peer(), e);
        } finally {
            transport.close();
            owned.forEach(s -> {
                if (!sessions.close(s.id)) s.close();
            });
        }
    }

    private void handle(Object message) {
        if (!(message instanceof Map<?, ?> fields)) {
            malformed("a message is a bencode dictionary");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) fields;
        Object sessionId = m.get("session");
        Reply reply = new Reply(transport, m.get("id"), sessionId instanceof String s ? s : null);
        Session session = sessionId instanceof String id ? sessions.get(id) : null;
        if (sessionId != null && session == null) {
            reply.done("error", "unknown-session");
            return;
        }
        ops.dispatch(new Request(m, reply, session, this));
    }

    private void malformed(String why) {
        transport.send(Map.of("err", why + "\n", "status", List.of("error", "malformed-message", "done")));
    }
}
