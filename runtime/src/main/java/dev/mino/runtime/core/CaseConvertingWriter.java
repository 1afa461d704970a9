package dev.mino.runtime.core;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writers cl-format's ~(...~) binds *out* to: everything written through passes on in lower case
 * (~(), upper case (~:@(), with each word capitalized (~:(), or with just the first word capitalized
 * (~@(). Strings and single characters are converted as Clojure's case writers convert them.
 */
final class CaseConvertingWriter extends Writer {
    enum Mode { DOWN, UP, CAPITALIZE_WORDS, CAPITALIZE_FIRST }

    private static final Pattern WORD_START = Pattern.compile("\\W\\w");
    private static final Pattern NON_SPACE = Pattern.compile("\\S");

    private final Writer out;
    private final Mode mode;
    /** CAPITALIZE_WORDS: whether the last character written was whitespace. */
    private boolean afterWhitespace = true;
    /** CAPITALIZE_FIRST: whether the first word has been capitalized. */
    private boolean capped;

    CaseConvertingWriter(Writer out, Mode mode) {
        this.out = out;
        this.mode = mode;
    }

    @Override public void write(String s) throws IOException {
        switch (mode) {
            case DOWN -> out.write(s.toLowerCase());
            case UP -> out.write(s.toUpperCase());
            case CAPITALIZE_WORDS -> {
                out.write(capitalizeWords(s.toLowerCase(), afterWhitespace));
                if (!s.isEmpty()) afterWhitespace = Character.isWhitespace(s.charAt(s.length() - 1));
            }
            case CAPITALIZE_FIRST -> writeCapitalizingFirst(s.toLowerCase());
        }
    }

    @Override public void write(int c) throws IOException {
        char ch = (char) c;
        switch (mode) {
            case DOWN -> out.write(Character.toLowerCase(ch));
            case UP -> out.write(Character.toUpperCase(ch));
            case CAPITALIZE_WORDS -> {
                out.write(afterWhitespace ? Character.toUpperCase(ch) : ch);
                afterWhitespace = Character.isWhitespace(ch);
            }
            case CAPITALIZE_FIRST -> {
                if (!capped && Character.isLetter(ch)) {
                    capped = true;
                    out.write(Character.toUpperCase(ch));
                } else {
                    out.write(Character.toLowerCase(ch));
                }
            }
        }
    }

    @Override public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len));
    }

    @Override public void write(String s, int off, int len) throws IOException {
        write(s.substring(off, off + len));
    }

    @Override public void flush() throws IOException {
        out.flush();
    }

    @Override public void close() throws IOException {
        out.close();
    }

    private void writeCapitalizingFirst(String s) throws IOException {
        if (capped) {
            out.write(s);
            return;
        }
        Matcher m = NON_SPACE.matcher(s);
        if (m.find()) {
            int i = m.start();
            out.write(s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1));
            capped = true;
        } else {
            out.write(s);
        }
    }

    /** s with its first letter (when first is set) and every word character after a non-word one upper-cased. */
    private static String capitalizeWords(String s, boolean first) {
        StringBuilder sb = new StringBuilder(s);
        if (first && !s.isEmpty() && Character.isLetter(s.charAt(0))) sb.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        Matcher m = WORD_START.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            int i = m.start() + 1;
            sb.setCharAt(i, Character.toUpperCase(s.charAt(i)));
            from = i + 1;
        }
        return sb.toString();
    }
}
