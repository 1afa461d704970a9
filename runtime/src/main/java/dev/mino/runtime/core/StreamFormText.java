package dev.mino.runtime.core;

import java.io.IOException;
import java.io.PushbackReader;

/**
 * Takes the text of exactly one form off a character stream, so that read can parse it with the reader
 * and leave the stream positioned just after the form, as Clojure's read does: a delimited form ends at
 * its closing delimiter, a token at the character that ends it (pushed back). Leading whitespace and
 * comments are taken too. Only the form's extent is found here; parsing (and syntax errors) is the
 * reader's job, so on malformed input this just stops and lets the reader report the problem.
 */
final class StreamFormText {
    private final PushbackReader in;
    private final StringBuilder text = new StringBuilder();
    /** Set on a closing delimiter that closes nothing: the reader will reject it, so stop there. */
    private boolean stray;
    /** Set when the form just taken was a #_ discard, which yields no value. */
    private boolean discard;

    private StreamFormText(PushbackReader in) {
        this.in = in;
    }

    /** The text up to the end of the next form, or null when the stream ends before any form starts. */
    static String next(PushbackReader in) throws IOException {
        StreamFormText f = new StreamFormText(in);
        return f.form() ? f.text.toString() : null;
    }

    private int read() throws IOException {
        int c = in.read();
        if (c >= 0) text.append((char) c);
        return c;
    }

    private void unread(int c) throws IOException {
        in.unread(c);
        text.setLength(text.length() - 1);
    }

    private static boolean isWhitespace(int c) {
        return c == ',' || Character.isWhitespace(c);
    }

    /** Like the reader: whitespace and the terminating macro characters end a token. */
    private static boolean endsToken(int c) {
        return c < 0 || isWhitespace(c) || "\";@^`~()[]{}\\".indexOf(c) >= 0;
    }

    /** Numbers also end at the other macro characters. */
    private static boolean endsNumber(int c) {
        return endsToken(c) || c == '#' || c == '\'' || c == '%';
    }

    /** Skips whitespace and ; comments; false at the end of the stream. */
    private boolean skipBlank() throws IOException {
        for (;;) {
            int c = read();
            if (c < 0) return false;
            if (c == ';') {
                skipLine();
            } else if (!isWhitespace(c)) {
                unread(c);
                return true;
            }
        }
    }

    private void skipLine() throws IOException {
        for (int c = read(); c >= 0 && c != '\n' && c != '\r'; c = read()) {
            // the comment's characters are part of the text
        }
    }

    /** One form; false when the stream ended before it started. */
    private boolean form() throws IOException {
        if (stray || !skipBlank()) return false;
        int c = read();
        switch (c) {
            case '(' -> delimited(')');
            case '[' -> delimited(']');
            case '{' -> delimited('}');
            case ')', ']', '}' -> stray = true;
            case '"' -> string();
            case '\\' -> character();
            case '\'', '@', '`' -> valueForm();
            case '~' -> {
                int d = read();
                if (d >= 0 && d != '@') unread(d);
                valueForm();
            }
            case '^' -> {
                if (valueForm()) valueForm();
            }
            case '#' -> dispatch();
            default -> token(c);
        }
        return true;
    }

    /** A form that yields a value, as a prefix (' ^ #_ #tag ...) needs: discards before it are taken too. */
    private boolean valueForm() throws IOException {
        for (;;) {
            discard = false;
            if (!form()) return false;
            if (!discard) return true;
        }
    }

    private void delimited(int close) throws IOException {
        while (!stray && skipBlank()) {
            int c = read();
            if (c == close) return;
            unread(c);
            form();
        }
    }

    private void string() throws IOException {
        for (int c = read(); c >= 0 && c != '"'; c = read()) {
            if (c == '\\') read();
        }
    }

    /** The character right after the backslash always belongs to the literal (\( \space \u0041). */
    private void character() throws IOException {
        if (read() >= 0) rest(false);
    }

    private void token(int first) throws IOException {
        boolean number = Character.isDigit(first);
        if (first == '+' || first == '-') {
            int d = read();
            if (d < 0) return;
            number = Character.isDigit(d);
            if (endsToken(d)) {
                unread(d);
                return;
            }
        }
        rest(number);
    }

    private void rest(boolean number) throws IOException {
        for (;;) {
            int c = read();
            if (c < 0) return;
            if (number ? endsNumber(c) : endsToken(c)) {
                unread(c);
                return;
            }
        }
    }

    private void dispatch() throws IOException {
        int c = read();
        switch (c) {
            case -1 -> { }
            case '(' -> delimited(')');
            case '{' -> delimited('}');
            case '"' -> string();
            case '!' -> skipLine();
            case '\'', '=', '#' -> valueForm();
            case '_' -> {
                // The discarded form; the reader then reads on (read asks for more text at top level).
                valueForm();
                discard = true;
            }
            case '^' -> {
                if (valueForm()) valueForm();
            }
            case '?' -> {
                int d = read();
                if (d >= 0 && d != '@') unread(d);
                valueForm();
            }
            case ':' -> {
                // #:ns{...} or #::{...}: the namespace part is a token ending at the map's brace.
                rest(false);
                valueForm();
            }
            case '<' -> { }
            default -> {
                // #tag form
                unread(c);
                rest(false);
                valueForm();
            }
        }
    }
}
