package dev.mino.runtime.embed;

import dev.mino.runtime.core.PushbackLineReader;
import dev.mino.runtime.lang.MinoException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What *in*, *out* and *err* start as in a new state: the process's standard streams where the stdio capability
 * is granted, else streams that refuse with an error naming the grant (an embedded state's script must not
 * read the host's console or write into its logs unless the embedder says so, or hands it streams of its own).
 */
final class StandardStreams {
    /** One reader over the process's standard input, shared by every granted state so none buffers away another's input. */
    private static final PushbackLineReader STDIN =
            new PushbackLineReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private StandardStreams() {}

    static Reader in(boolean granted) {
        return granted ? STDIN : new PushbackLineReader(new DeniedReader());
    }

    static Writer out(boolean granted) {
        return granted ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false) : new DeniedWriter("output");
    }

    static Writer err(boolean granted) {
        return granted ? new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true) : new DeniedWriter("error output");
    }

    static MinoException denied(String what) {
        return new MinoException("Denied: " + what + " (this state may not use the process's standard streams; the embedder "
                + "grants them with MinoOptions.withStdio(true) or gives the state its own with MinoState.setIn/setOut/setErr)");
    }

    /** Standard output or error of a state without the capability. Flushing and closing are harmless no-ops. */
    private static final class DeniedWriter extends Writer {
        private final String stream;

        DeniedWriter(String stream) {
            this.stream = stream;
        }

        @Override public void write(char[] cbuf, int off, int len) {
            if (len > 0) throw denied("writing to the process's standard " + stream);
        }

        @Override public void flush() { }

        @Override public void close() { }
    }

    /** Standard input of a state without the capability. */
    private static final class DeniedReader extends Reader {
        @Override public int read(char[] cbuf, int off, int len) {
            throw denied("reading the process's standard input");
        }

        @Override public void close() { }
    }
}
