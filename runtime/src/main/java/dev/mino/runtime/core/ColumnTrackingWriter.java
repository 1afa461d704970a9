package dev.mino.runtime.core;

import java.io.IOException;
import java.io.Writer;

/** A writer that knows the column its output has reached (0 after a newline), for the pretty printer. */
final class ColumnTrackingWriter extends Writer {
    private final Writer out;
    private int column;

    ColumnTrackingWriter(Writer out) {
        this.out = out;
    }

    int column() {
        return column;
    }

    @Override public void write(String s) throws IOException {
        int nl = s.lastIndexOf('\n');
        column = nl < 0 ? column + s.length() : s.length() - nl - 1;
        out.write(s);
    }

    @Override public void write(int c) throws IOException {
        column = c == '\n' ? 0 : column + 1;
        out.write(c);
    }

    @Override public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len));
    }

    @Override public void flush() throws IOException {
        out.flush();
    }

    @Override public void close() throws IOException {
        out.flush();
    }
}
