package dev.mino.runtime.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits source text into the texts of its top-level forms, so that each can be evaluated on its own and
 * its value printed (as clojure -e, the REPL and nREPL's eval print every form's value). Each text is
 * padded with the newlines and spaces that preceded it, so that positions read from it are those in the
 * whole source.
 *
 * <p>Finding the boundaries needs only the syntax, so the text is read with the standalone reader context;
 * each form is read again, in the state's namespace, when it is evaluated.
 */
public final class TopLevelForms {
    private final String src;
    private final SourceLines lines;

    private TopLevelForms(String src) {
        this.src = src;
        this.lines = new SourceLines(src);
    }

    /**
     * The positioned text of every top-level form of src, in order; none for blank or comment-only input.
     *
     * @throws ReaderException (one whose incomplete() is true) when src ends inside an unfinished form —
     *         before anything is evaluated, so that a REPL can wait for more lines without running the
     *         finished ones twice
     */
    public static List<String> split(String src, String sourceName) {
        return new TopLevelForms(src).split(new LispReader(src, sourceName, ReaderContext.STANDALONE));
    }

    private List<String> split(LispReader reader) {
        List<String> forms = new ArrayList<>();
        int startLine = 1;
        int startColumn = 1;
        while (true) {
            try {
                if (reader.read() == LispReader.EOF) return forms;
            } catch (ReaderException e) {
                if (e.incomplete()) throw e;
                // A syntax error, or a form only the state can read (::alias/kw): the state reads the rest
                // and reports what is wrong with it.
                forms.add(positioned(startLine, startColumn, src.length()));
                return forms;
            }
            forms.add(positioned(startLine, startColumn, offset(reader.line(), reader.column())));
            startLine = reader.line();
            startColumn = reader.column();
        }
    }

    /** The text from (line, column) to end, preceded by padding that puts its first character there. */
    private String positioned(int line, int column, int end) {
        return "\n".repeat(line - 1) + " ".repeat(column - 1) + src.substring(offset(line, column), end);
    }

    private int offset(int line, int column) {
        return lines.offset(line, column);
    }
}
