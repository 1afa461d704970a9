package dev.mino.cli;

import org.jline.reader.impl.DefaultParser;

/**
 * JLine's view of a line of mino code. It knows no quoting: the default parser treats ' and " as shell quotes
 * and \ as an escape, which mean nothing of the kind in mino ('x is a quoted symbol, \a a character). Words,
 * which Tab completes, end at whitespace and at the characters that cannot be part of a name, so that the
 * word of "(str/jo" is "str/jo" and that of "#'inc" is "inc".
 */
final class CodeParser extends DefaultParser {
    private static final String DELIMITERS = "()[]{}\"'`~@^,;#";

    CodeParser() {
        setQuoteChars(new char[0]);
        setEscapeChars(new char[0]);
    }

    @Override public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char c = buffer.charAt(pos);
        return Character.isWhitespace(c) || DELIMITERS.indexOf(c) >= 0;
    }
}
