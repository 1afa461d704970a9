package dev.mino.nrepl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How one request is answered: every response carries the request's id and session (when it had them). */
record Reply(Transport transport, Object id, String session) {

    void send(Map<String, ?> fields) {
        Map<String, Object> message = new LinkedHashMap<>(fields);
        message.put("id", id);
        message.put("session", session);
        transport.send(message);
    }

    void send(String key, Object value) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put(key, value);
        send(message);
    }

    /** A response with these statuses (e.g. "eval-error"), not the last. */
    void status(String... statuses) {
        send("status", List.of(statuses));
    }

    /** The last response: these statuses, and "done". */
    void done(String... statuses) {
        done(Map.of(), statuses);
    }

    /** The last response: these fields, these statuses and "done". */
    void done(Map<String, ?> fields, String... statuses) {
        Map<String, Object> message = new LinkedHashMap<>(fields);
        List<String> all = new ArrayList<>(Arrays.asList(statuses));
        all.add("done");
        message.put("status", all);
        send(message);
    }
}
