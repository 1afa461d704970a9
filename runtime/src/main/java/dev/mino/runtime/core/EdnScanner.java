package dev.mino.runtime.core;

import dev.mino.runtime.reader.ReaderException;
import java.io.IOException;
import java.io.PushbackReader;

/**
 * Finds the source text of the next EDN form in a character stream, consuming exactly that form (and the
 * whitespace, comments and #_ discards before it), so a stream can be read one form at a time. It
 * follows the EDN grammar only: the Clojure-only dispatch forms (#(), #'x, #"re", #?, #=) and
 * auto-resolved ::keywords are errors, with the messages Clojure's EDN reader gives. The text it returns
 * is then read into a value by mino's reader.
 */
final class EdnScanner {
    private enum Item { FORM, NOTHING, END }

    private final PushbackReader in;

    EdnScanner(PushbackReader in) {
        this.in = in;
    }

    /** The text of the next form, or null when the stream holds no more forms. */
    String next() {
        StringBuilder text = new StringBuilder();
        for (;;) {
            Item item = item(text);
            if (item == Item.FORM) return text.toString();
            if (item == Item.END) return null;
        }
    }

    /** Appends one item: a form, or nothing for a #_ discard. END only at the end of input. */
    private Item item(StringBuilder text) {
        int c = skipBlank();
        switch (c) {
            case -1: return Item.END;
            case '(': return collection(text, '(', ')');
            case '[': return collection(text, '[', ']');
            case '{': return collection(text, '{', '}');
            case ')', ']', '}': throw error("Unmatched delimiter: " + (char) c, false);
            case '"':
                string(text);
                return Item.FORM;
            case '\\':
                text.append('\\').append((char) readOrFail("EOF while reading character"));
                token(text);
                return Item.FORM;
            case '^': return metadata(text);
            case '#': return dispatch(text);
            default:
                if (c == '\'' || c == '`' || c == '~' || c == '@') {
                    throw error("Invalid token: " + (char) c + " (quote, syntax-quote, unquote and deref are not EDN)", false);
                }
                text.append((char) c);
                String token = (char) c + token(text);
                if (token.startsWith("::")) throw error("Invalid token: " + token, false);
                return Item.FORM;
        }
    }

    /** ^meta form (also the old #^ syntax): both forms, kept as ^meta form. */
    private Item metadata(StringBuilder text) {
        text.append('^');
        form(text);
        text.append(' ');
        form(text);
        return Item.FORM;
    }

    /** A required form (after ^, a tag, #_): discards are skipped, the end of input is an error. */
    private void form(StringBuilder text) {
        for (;;) {
            Item item = item(text);
            if (item == Item.FORM) return;
            if (item == Item.END) throw error("EOF while reading", true);
        }
    }

    private Item dispatch(StringBuilder text) {
        int c = readOrFail("EOF while reading character");
        switch (c) {
            case '{': return collection(text.append('#'), '{', '}');
            case '_':
                form(new StringBuilder());
                return Item.NOTHING;
            case '#':
                token(text.append("##"));
                return Item.FORM;
            case '^': return metadata(text);
            case ':':
                String ns = token(text.append("#:"));
                if (ns.isEmpty() || ns.startsWith(":")) throw error("Namespaced map must specify a namespace", false);
                form(text);
                return Item.FORM;
            case '<': throw error("Unreadable form", false);
            default:
                if (!Character.isLetter(c)) throw error("No dispatch macro for: " + (char) c, false);
                text.append('#').append((char) c);
                token(text);
                text.append(' ');
                form(text);
                return Item.FORM;
        }
    }

    private Item collection(StringBuilder text, char open, char close) {
        text.append(open);
        for (;;) {
            int c = skipBlank();
            if (c == -1) throw error("EOF while reading", true);
            if (c == close) {
                text.append(close);
                return Item.FORM;
            }
            if (c == ')' || c == ']' || c == '}') throw error("Unmatched delimiter: " + (char) c, false);
            unread(c);
            text.append(' ');
            item(text);
        }
    }

    private void string(StringBuilder text) {
        text.append('"');
        for (;;) {
            int c = readOrFail("EOF while reading string");
            text.append((char) c);
            if (c == '"') return;
            if (c == '\\') text.append((char) readOrFail("EOF while reading string"));
        }
    }

    /** Appends the rest of a token up to (not including) a delimiter; returns the part read here. */
    private String token(StringBuilder text) {
        int start = text.length();
        for (;;) {
            int c = read();
            if (c == -1) break;
            if (isBlank(c) || isTerminator(c)) {
                unread(c);
                break;
            }
            text.append((char) c);
        }
        return text.substring(start);
    }

    /** Skips whitespace, commas and ; comments; returns the next character (consumed) or -1. */
    private int skipBlank() {
        for (;;) {
            int c = read();
            if (c == ';') {
                while (c != -1 && c != '\n' && c != '\r') c = read();
            }
            if (c == -1 || !isBlank(c)) return c;
        }
    }

    private static boolean isBlank(int c) {
        return c == ',' || Character.isWhitespace(c);
    }

    /** Characters that end a token in EDN (# and ' do not). */
    private static boolean isTerminator(int c) {
        return c == '"' || c == ';' || c == '^' || c == '(' || c == ')' || c == '[' || c == ']'
                || c == '{' || c == '}' || c == '\\';
    }

    private int readOrFail(String eofMessage) {
        int c = read();
        if (c == -1) throw error(eofMessage, true);
        return c;
    }

    private int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw IoFns.sneaky(e);
        }
    }

    private void unread(int c) {
        try {
            in.unread(c);
        } catch (IOException e) {
            throw IoFns.sneaky(e);
        }
    }

    private static ReaderException error(String message, boolean incomplete) {
        return new ReaderException(message, null, incomplete);
    }
}
