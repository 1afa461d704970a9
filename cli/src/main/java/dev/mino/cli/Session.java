package dev.mino.cli;

import java.util.List;

/**
 * A REPL's session with its evaluator, as clojure.main keeps one: *1 *2 *3 *e and what the REPL's code
 * set! (*print-length*, ...) last from one eval to the next.
 */
interface Session {

    /**
     * Evaluates every form of src, each read in the namespace the one before left current, and prints each
     * value to *out* as prn does, while it is being printed (an infinite seq streams until *print-length*).
     *
     * @throws Evaluator.IncompleteInputException when src ends inside an unfinished form; nothing ran then
     * @throws Interrupted when {@link #interrupt} stopped it
     */
    void evalPrint(String src, String sourceName);

    /** Stops the evalPrint running on another thread, if one is (the user pressed Ctrl-C). */
    void interrupt();

    /** The name of the session's current namespace. */
    String currentNamespace();

    /** What the text typed so far may be completed to (names of vars, namespaces, keywords, classes), sorted. */
    List<String> completions(String prefix);

    /** An evaluation {@link #interrupt} stopped; the cause is the evaluator's own report of it. */
    final class Interrupted extends RuntimeException {
        Interrupted(Throwable report) {
            super(report.getMessage(), report);
        }
    }
}
