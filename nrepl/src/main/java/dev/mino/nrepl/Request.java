package dev.mino.nrepl;

import java.util.Map;

/**
 * A client's message: its fields, how to answer it, the session it names (null when it names none) and the
 * connection it came on.
 */
record Request(Map<String, Object> message, Reply reply, Session session, Connection connection) {

    /**
     * A message the op cannot work with (a required field missing, a field of the wrong type): answered with
     * the message as "err" and the statuses "error", statuses, "done".
     */
    static final class BadRequest extends RuntimeException {
        final String[] statuses;

        BadRequest(String message, String... statuses) {
            super(message);
            this.statuses = statuses;
        }
    }

    String op() {
        return String.valueOf(message.get("op"));
    }

    /** A required string field. */
    String text(String key) {
        String value = text(key, null);
        if (value == null) throw new BadRequest(op() + " needs " + key);
        return value;
    }

    String text(String key, String orElse) {
        return switch (message.get(key)) {
            case null -> orElse;
            case String s -> s;
            default -> throw new BadRequest(op() + ": " + key + " must be a string");
        };
    }

    /** A whole-number field; a number sent as a string is taken too, as some clients send them. */
    long number(String key, long orElse) {
        return switch (message.get(key)) {
            case null -> orElse;
            case Long n -> n;
            case String s when s.matches("-?\\d{1,18}") -> Long.parseLong(s);
            default -> throw new BadRequest(op() + ": " + key + " must be a whole number");
        };
    }
}
