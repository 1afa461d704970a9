package dev.mino.runtime.reader;

import dev.mino.runtime.lang.SourcePosition;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** String literals (after the opening quote) with Clojure's escapes, and regex literals (after #"). */
final class StringLiteral {
    private StringLiteral() {}

    /** The string whose opening quote, at line:col, has just been read. */
    static String readString(SourceScanner in, int line, int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '"'; c = in.read()) {
            if (c == SourceScanner.EOF) throw eof("EOF while reading string", in, line, col);
            if (c == '\\') {
                SourcePosition escapeAt = new SourcePosition(in.fileName(), in.line(), in.column() - 1);
                try {
                    c = escape(in, line, col);
                } catch (IllegalArgumentException e) {
                    throw new ReaderException(e.getMessage(), escapeAt, false);
                }
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** The character an escape sequence stands for; the backslash is already consumed. */
    private static int escape(SourceScanner in, int line, int col) {
        int c = in.read();
        switch (c) {
            case SourceScanner.EOF: throw eof("EOF while reading string", in, line, col);
            case 't': return '\t';
            case 'r': return '\r';
            case 'n': return '\n';
            case '\\': return '\\';
            case '"': return '"';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'u': return unicodeEscape(in, line, col);
            default: break;
        }
        if (Syntax.isDigit(c)) {
            int value = escapeDigits(in, c, 8, 3);
            if (value > 0377) throw new IllegalArgumentException("Octal escape sequence must be in range [0, 377].");
            return value;
        }
        throw new IllegalArgumentException("Unsupported escape character: \\" + (char) c);
    }

    private static int unicodeEscape(SourceScanner in, int line, int col) {
        int c = in.peek();
        if (c == SourceScanner.EOF) throw eof("EOF while reading string", in, line, col);
        if (c >= 128 || Character.digit(c, 16) < 0) {
            throw new IllegalArgumentException("Invalid unicode escape: \\u" + (char) c);
        }
        in.read();
        return escapeDigits(in, c, 16, 4);
    }

    /**
     * Reads the digits of an escape whose first digit is already consumed: up to max digits in all,
     * stopping early at whitespace or a terminating macro character (so a three-digit unicode escape is too short).
     */
    private static int escapeDigits(SourceScanner in, int first, int radix, int max) {
        int value = CharLiteral.digit(first, radix);
        int count = 1;
        while (count < max) {
            int c = in.peek();
            if (Syntax.endsToken(c)) break;
            in.read();
            value = value * radix + CharLiteral.digit(c, radix);
            count++;
        }
        if (radix == 16 && count != max) {
            throw new IllegalArgumentException("Invalid character length: " + count + ", should be: " + max);
        }
        return value;
    }

    /** A regex literal's pattern (#" at line:col just read): the raw text up to the closing quote; \" does not end it. */
    static Pattern readRegex(SourceScanner in, int line, int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '"'; c = in.read()) {
            if (c == SourceScanner.EOF) throw eof("EOF while reading regex", in, line, col);
            sb.append((char) c);
            if (c == '\\') {
                int next = in.read();
                if (next == SourceScanner.EOF) throw eof("EOF while reading regex", in, line, col);
                sb.append((char) next);
            }
        }
        try {
            return Pattern.compile(sb.toString());
        } catch (PatternSyntaxException e) {
            throw new ReaderException(e.getMessage(), new SourcePosition(in.fileName(), line, col), false);
        }
    }

    private static ReaderException eof(String message, SourceScanner in, int line, int col) {
        return new ReaderException(message, new SourcePosition(in.fileName(), line, col), true);
    }
}
