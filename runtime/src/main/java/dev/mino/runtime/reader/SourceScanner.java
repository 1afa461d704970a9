package dev.mino.runtime.reader;

import dev.mino.runtime.lang.SourcePosition;

/**
 * A cursor over the source characters that tracks 1-based line and column. "\r\n" and a lone '\r' read
 * as one '\n', as Clojure's line-numbering reader does.
 */
final class SourceScanner {
    static final int EOF = -1;

    private final char[] buf;
    private final int end;
    private final String fileName;
    private int pos;
    private int line = 1;
    private int column = 1;

    SourceScanner(String source, String fileName) {
        this.buf = source.toCharArray();
        this.end = buf.length;
        this.fileName = fileName;
    }

    /** The next character without consuming it, or EOF. */
    int peek() {
        if (pos >= end) return EOF;
        char c = buf[pos];
        return c == '\r' ? '\n' : c;
    }

    /** The character after the next one (raw), or EOF. */
    int peekSecond() {
        return pos + 1 < end ? buf[pos + 1] : EOF;
    }

    int read() {
        if (pos >= end) return EOF;
        char c = buf[pos++];
        if (c == '\r') {
            if (pos < end && buf[pos] == '\n') pos++;
            c = '\n';
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /**
     * Consumes characters up to the next whitespace or terminating macro character (for a number: any
     * macro character) and returns the text from start.
     */
    String readTokenRest(int start, boolean number) {
        int p = pos;
        if (number) {
            while (p < end && !Syntax.endsNumber(buf[p])) p++;
        } else {
            while (p < end && !Syntax.endsToken(buf[p])) p++;
        }
        column += p - pos;
        pos = p;
        return new String(buf, start, p - start);
    }

    /** Index of the next character, for {@link #readTokenRest} and {@link #textFrom}. */
    int offset() {
        return pos;
    }

    String textFrom(int start) {
        return new String(buf, start, pos - start);
    }

    /** Skips whitespace (commas included) and returns the next character without consuming it. */
    int skipWhitespace() {
        while (pos < end) {
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                read();
            } else if (c == ' ' || c == ',' || Syntax.isWhitespace(c)) {
                pos++;
                column++;
            } else {
                return c;
            }
        }
        return EOF;
    }

    /** Skips the rest of the current line (a ; or #! comment). */
    void skipLine() {
        while (pos < end) {
            char c = buf[pos];
            if (c == '\n' || c == '\r') return;
            pos++;
            column++;
        }
    }

    int line() { return line; }
    int column() { return column; }
    String fileName() { return fileName; }

    SourcePosition position() {
        return new SourcePosition(fileName, line, column);
    }
}
