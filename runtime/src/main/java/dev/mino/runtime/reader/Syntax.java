package dev.mino.runtime.reader;

/** Character classes of the reader's grammar. */
final class Syntax {
    private Syntax() {}

    /** Characters that end a token: whitespace (commas too) and the terminating macro characters. */
    private static final boolean[] TOKEN_END = new boolean[128];
    /** Every macro character (numbers also end at the non-terminating ones: # ' %). */
    private static final boolean[] MACRO = new boolean[128];

    static {
        for (char c : "\";@^`~()[]{}\\".toCharArray()) {
            TOKEN_END[c] = true;
            MACRO[c] = true;
        }
        for (char c : "#'%".toCharArray()) MACRO[c] = true;
        for (char c = 0; c <= ' '; c++) TOKEN_END[c] = Character.isWhitespace(c);
        TOKEN_END[','] = true;
    }

    static boolean isWhitespace(int c) {
        return c == ',' || (c >= 0 && Character.isWhitespace(c));
    }

    static boolean endsToken(int c) {
        if (c < 128) return c < 0 || TOKEN_END[c];
        return Character.isWhitespace(c);
    }

    static boolean endsNumber(int c) {
        return endsToken(c) || (c >= 0 && c < 128 && MACRO[c]);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** First characters of forms that may hold other forms: collections, # dispatch and the prefixes. */
    static boolean opensLevel(int c) {
        return c == '(' || c == '[' || c == '{' || c == '#' || c == '\'' || c == '`' || c == '~' || c == '@' || c == '^';
    }

    static boolean isClosing(int c) {
        return c == ')' || c == ']' || c == '}';
    }
}
