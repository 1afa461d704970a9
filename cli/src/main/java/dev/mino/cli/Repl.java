package dev.mino.cli;

import java.io.PrintWriter;

/**
 * The read-eval-print loop. Prompts with the current namespace ("user=> "); a form left unfinished at the
 * end of a line is continued on the next ("  #_=> "); each value is printed as prn prints it; an error is
 * reported in one line and the loop goes on. Cancelling a line (Ctrl-C) drops the pending input; the end of
 * input (Ctrl-D) ends the loop.
 */
final class Repl {
    /** The file name REPL input is reported under, as in Clojure's "(REPL:1:1)". */
    static final String SOURCE_NAME = "REPL";

    private final Evaluator evaluator;
    private final LineSource lines;
    private final PrintWriter out;
    private final ErrorReporter errors;

    Repl(Evaluator evaluator, LineSource lines, PrintWriter out, ErrorReporter errors) {
        this.evaluator = evaluator;
        this.lines = lines;
        this.out = out;
        this.errors = errors;
    }

    void run() {
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = lines.readLine(pending.isEmpty() ? prompt() : continuationPrompt());
            } catch (LineSource.CancelledException e) {
                pending.setLength(0);
                continue;
            }
            if (line == null) {
                // Input ended inside a form: evaluating it once more reports the reader's error.
                if (!pending.toString().isBlank()) evaluate(pending.toString(), true);
                return;
            }
            pending.append(line).append('\n');
            String src = pending.toString();
            if (src.isBlank()) {
                pending.setLength(0);
            } else if (evaluate(src, false)) {
                lines.remember(src.strip());
                pending.setLength(0);
            }
        }
    }

    /** Evaluates src, printing its values or its error. Returns false when src needs more lines. */
    private boolean evaluate(String src, boolean atEnd) {
        try {
            evaluator.evalEach(src, SOURCE_NAME, value -> {
                out.println(evaluator.printString(value));
                out.flush();
            });
        } catch (Evaluator.IncompleteInputException e) {
            if (!atEnd) return false;
            errors.report(e);
        } catch (Throwable t) {
            ErrorReporter.rethrowIfFatal(t);
            out.flush();
            errors.report(t);
        } finally {
            out.flush();
        }
        return true;
    }

    private String prompt() {
        return evaluator.currentNamespace() + "=> ";
    }

    /** Aligned so that "#_=> " ends where the primary prompt's "=> " does. */
    private String continuationPrompt() {
        return " ".repeat(Math.max(0, evaluator.currentNamespace().length() - 2)) + "#_=> ";
    }
}
