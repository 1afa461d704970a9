package dev.mino.jsr223;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;
import javax.script.ScriptContext;

/** The state's *out* (or *err*): each write goes to the writer of the context current on the writing thread. */
final class ContextWriter extends Writer {
    private final EvalContext current;
    private final Function<ScriptContext, Writer> stream;

    /** stream picks the context's writer: ScriptContext::getWriter or ScriptContext::getErrorWriter. */
    ContextWriter(EvalContext current, Function<ScriptContext, Writer> stream) {
        this.current = current;
        this.stream = stream;
    }

    private Writer target() {
        // A context without a writer discards what the script prints.
        return Objects.requireNonNullElseGet(stream.apply(current.get()), Writer::nullWriter);
    }

    @Override public void write(char[] chars, int off, int len) throws IOException { target().write(chars, off, len); }

    @Override public void write(String s, int off, int len) throws IOException { target().write(s, off, len); }

    @Override public void flush() throws IOException { target().flush(); }

    /** Flushes only: the context's writer is the embedder's, not the script's to close. */
    @Override public void close() throws IOException { flush(); }
}
