package dev.mino.runtime.printer;

import java.io.IOException;
import java.util.regex.Pattern;

/** The printed text of strings, characters and regexes, readable or not. */
final class LiteralText {
    private LiteralText() {}

    static void string(String s, boolean readably, Appendable out) throws IOException {
        if (!readably) {
            out.append(s);
            return;
        }
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            String escape = escape(s.charAt(i));
            if (escape != null) {
                out.append(s, run, i).append(escape);
                run = i + 1;
            }
        }
        out.append(s, run, n).append('"');
    }

    private static String escape(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\t': return "\\t";
            case '\r': return "\\r";
            case '\f': return "\\f";
            case '\b': return "\\b";
            default: return null;
        }
    }

    static void character(char c, boolean readably, Appendable out) throws IOException {
        if (!readably) {
            out.append(c);
            return;
        }
        out.append('\\');
        switch (c) {
            case '\n' -> out.append("newline");
            case ' ' -> out.append("space");
            case '\t' -> out.append("tab");
            case '\b' -> out.append("backspace");
            case '\f' -> out.append("formfeed");
            case '\r' -> out.append("return");
            default -> out.append(c);
        }
    }

    /**
     * #"source": the pattern's source as written, except that a bare " is escaped so the text reads back
     * (inside \Q...\E, where a backslash is literal, by leaving and re-entering the quote).
     */
    static void regex(Pattern p, Appendable out) throws IOException {
        String src = p.pattern();
        out.append("#\"");
        boolean quoting = false;
        int n = src.length();
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = src.charAt(++i);
                out.append(c).append(next);
                quoting = quoting ? next != 'E' : next == 'Q';
            } else if (c == '"') {
                out.append(quoting ? "\\E\\\"\\Q" : "\\\"");
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
