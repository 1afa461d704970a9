package dev.mino.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/** The state's *in*: each read comes from the reader of the context current on the reading thread. */
final class ContextReader extends Reader {
    private final EvalContext current;

    ContextReader(EvalContext current) {
        this.current = current;
    }

    private Reader target() {
        // A context without a reader is an empty input.
        return Objects.requireNonNullElseGet(current.get().getReader(), Reader::nullReader);
    }

    @Override public int read(char[] chars, int off, int len) throws IOException { return target().read(chars, off, len); }

    @Override public boolean ready() throws IOException { return target().ready(); }

    /** Does nothing: the context's reader is the embedder's, not the script's to close. */
    @Override public void close() { }
}
