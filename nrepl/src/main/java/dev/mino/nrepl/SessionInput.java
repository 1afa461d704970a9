package dev.mino.nrepl;

import java.io.InterruptedIOException;
import java.io.Reader;

/**
 * A session's *in*: what the client sends with the stdin op. A read that finds nothing waits, after telling
 * the client so (askForInput: a "need-input" status on the eval's reply). An empty stdin message is the
 * end of input: the next read answers -1.
 */
final class SessionInput extends Reader {
    private final Runnable askForInput;
    private final StringBuilder pending = new StringBuilder();
    private boolean ended;

    SessionInput(Runnable askForInput) {
        this.askForInput = askForInput;
    }

    synchronized void add(String text) {
        if (text.isEmpty()) ended = true;
        pending.append(text);
        notifyAll();
    }

    @Override public synchronized int read(char[] chars, int offset, int length) throws InterruptedIOException {
        if (length == 0) return 0;
        if (pending.isEmpty() && !ended) askForInput.run();
        while (pending.isEmpty() && !ended) {
            try {
                wait();
            } catch (InterruptedException e) {
                // The eval is being stopped (EvalHandle): the read fails, and the flag stays for mino's next poll.
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading *in* was interrupted");
            }
        }
        if (pending.isEmpty()) {
            ended = false;
            return -1;
        }
        int n = Math.min(length, pending.length());
        pending.getChars(0, n, chars, offset);
        pending.delete(0, n);
        return n;
    }

    @Override public void close() {
        // The session's input lasts as long as the session.
    }
}
