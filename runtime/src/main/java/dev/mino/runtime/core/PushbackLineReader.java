package dev.mino.runtime.core;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * What *in* holds, like Clojure's LineNumberingPushbackReader: a PushbackReader (so form readers such as
 * clojure.edn/read can look one character ahead) that also reads whole lines for read-line.
 */
public final class PushbackLineReader extends PushbackReader {
    public PushbackLineReader(Reader in) {
        super(in);
    }

    /** The next line without its terminator (\n, \r\n or \r), or null at the end of input. */
    public String readLine() throws IOException {
        int c = read();
        if (c == -1) return null;
        StringBuilder line = new StringBuilder();
        while (c != -1 && c != '\n' && c != '\r') {
            line.append((char) c);
            c = read();
        }
        if (c == '\r') {
            int next = read();
            if (next != '\n' && next != -1) unread(next);
        }
        return line.toString();
    }
}
