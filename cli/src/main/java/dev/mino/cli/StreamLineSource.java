package dev.mino.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lines from a pipe or file. Prompts are still printed (as Clojure's REPL does when piped) but nothing is
 * echoed, and a last line without a newline is still read.
 */
final class StreamLineSource implements LineSource {
    private final BufferedReader in;
    private final PrintWriter out;

    StreamLineSource(InputStream in, PrintWriter out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the stream open: it belongs to whoever passed it in (usually standard input). */
    @Override public void close() {}
}
