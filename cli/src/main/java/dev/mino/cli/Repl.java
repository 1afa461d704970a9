package dev.mino.cli;

import java.io.PrintWriter;

/**
 * The read-eval-print loop, as clojure.main runs it. Prompts with the current namespace ("user=> "); a form
 * left unfinished at the end of a line is continued on the next ("  #_=> "); each value is printed as prn
 * prints it, while it is printed; an error is reported in one line and the loop goes on. *1 *2 *3 and *e
 * hold the last values and error. Ctrl-C stops the evaluation running, or drops the pending input; pressed
 * again at an empty prompt, or Ctrl-D there, it ends the loop.
 */
final class Repl {
    /** The file name REPL input is reported under, as in Clojure's "(REPL:1:1)". */
    static final String SOURCE_NAME = "REPL";
    static final String EXIT_HINT = "(press Ctrl-C again or Ctrl-D to exit)";

    private final Evaluator evaluator;
    private final LineSource lines;
    private final PrintWriter out;
    private final ErrorReporter errors;
    /** The last input was a Ctrl-C at an empty prompt, answered with {@link #EXIT_HINT}. */
    private boolean exitHinted;

    Repl(Evaluator evaluator, LineSource lines, PrintWriter out, ErrorReporter errors) {
        this.evaluator = evaluator;
        this.lines = lines;
        this.out = out;
        this.errors = errors;
    }

    void run() {
        Session session = evaluator.openSession();
        lines.onInterrupt(session::interrupt);
        lines.completeWith(session::completions);
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = lines.readLine(pending.isEmpty() ? prompt(session) : continuationPrompt(session));
            } catch (LineSource.CancelledException e) {
                boolean idle = pending.isEmpty() && e.partialLine().isEmpty();
                pending.setLength(0);
                if (idle && exitHinted) return;
                hintExitIf(idle);
                continue;
            }
            exitHinted = false;
            if (line == null) {
                // Input ended inside a form: evaluating it once more reports the reader's error.
                if (!pending.toString().isBlank()) evaluate(session, pending.toString(), true);
                return;
            }
            pending.append(line).append('\n');
            String src = pending.toString();
            if (src.isBlank()) {
                pending.setLength(0);
            } else if (evaluate(session, src, false)) {
                lines.remember(src.strip());
                pending.setLength(0);
            }
        }
    }

    private void hintExitIf(boolean idle) {
        if (idle) {
            out.println(EXIT_HINT);
            out.flush();
        }
        exitHinted = idle;
    }

    /** Evaluates src, printing its values or its error. Returns false when src needs more lines. */
    private boolean evaluate(Session session, String src, boolean atEnd) {
        try {
            session.evalPrint(src, SOURCE_NAME);
        } catch (Evaluator.IncompleteInputException e) {
            if (!atEnd) return false;
            errors.report(e);
        } catch (Session.Interrupted e) {
            // Stopped mid-line, maybe mid-value (an endless seq): the report starts a line of its own.
            out.println();
            out.flush();
            errors.report(e.getCause());
        } catch (Throwable t) {
            ErrorReporter.rethrowIfFatal(t);
            out.flush();
            errors.report(t);
        } finally {
            out.flush();
        }
        return true;
    }

    private static String prompt(Session session) {
        return session.currentNamespace() + "=> ";
    }

    /** Aligned so that "#_=> " ends where the primary prompt's "=> " does. */
    private static String continuationPrompt(Session session) {
        return " ".repeat(Math.max(0, session.currentNamespace().length() - 2)) + "#_=> ";
    }
}
