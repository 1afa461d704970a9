package dev.mino.runtime.reader;

/** Character literals: the token after a backslash, e.g. {@code a}, {@code newline}, {@code u0041}, {@code o101}. */
final class CharLiteral {
    private CharLiteral() {}

    /** The character the token names; throws IllegalArgumentException with Clojure's message otherwise. */
    static char parse(String token) {
        if (token.length() == 1) return token.charAt(0);
        switch (token) {
            case "newline": return '\n';
            case "space": return ' ';
            case "tab": return '\t';
            case "backspace": return '\b';
            case "formfeed": return '\f';
            case "return": return '\r';
            default: break;
        }
        if (token.charAt(0) == 'u') return unicode(token);
        if (token.charAt(0) == 'o') return octal(token);
        throw new IllegalArgumentException("Unsupported character: \\" + token);
    }

    private static char unicode(String token) {
        if (token.length() != 5) throw new IllegalArgumentException("Invalid unicode character: \\" + token);
        int c = digits(token, 1, 16);
        if (c >= 0xD800 && c <= 0xDFFF) {
            throw new IllegalArgumentException("Invalid character constant: \\u" + Integer.toString(c, 16));
        }
        return (char) c;
    }

    private static char octal(String token) {
        int len = token.length() - 1;
        if (len > 3) throw new IllegalArgumentException("Invalid octal escape sequence length: " + len);
        int c = digits(token, 1, 8);
        if (c > 0377) throw new IllegalArgumentException("Octal escape sequence must be in range [0, 377].");
        return (char) c;
    }

    /** Value of token[from..] in radix; "Invalid digit: x" on the first bad character. */
    static int digits(CharSequence token, int from, int radix) {
        int value = 0;
        for (int i = from; i < token.length(); i++) {
            value = value * radix + digit(token.charAt(i), radix);
        }
        return value;
    }

    static int digit(int c, int radix) {
        int d = c < 128 ? Character.digit(c, radix) : -1;
        if (d < 0) throw new IllegalArgumentException("Invalid digit: " + (char) c);
        return d;
    }
}
