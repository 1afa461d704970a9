package dev.mino.nrepl;

import java.io.Writer;
import java.util.function.Supplier;

/**
 * A session's *out* or *err*: what mino code prints goes to the client as "out" (or "err") messages on the
 * reply of the session's latest eval. Text is sent at each line's end, when much has gathered, and at
 * flush (after each form), so a long eval's output arrives as it is printed.
 */
final class SessionOutput extends Writer {
    private static final int CHUNK = 8192;

    private final String key;
    private final Supplier<Reply> target;
    private final StringBuilder pending = new StringBuilder();

    SessionOutput(String key, Supplier<Reply> target) {
        this.key = key;
        this.target = target;
    }

    @Override public synchronized void write(char[] chars, int offset, int length) {
        pending.append(chars, offset, length);
        if (pending.length() >= CHUNK || endsALine(chars, offset, length)) flush();
    }

    private static boolean endsALine(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '\n') return true;
        }
        return false;
    }

    @Override public synchronized void flush() {
        if (pending.isEmpty()) return;
        String text = pending.toString();
        pending.setLength(0);
        target.get().send(key, text);
    }

    @Override public void close() {
        flush();
    }
}
