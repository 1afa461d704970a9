package dev.mino.cli;

/** Where the REPL's input lines come from: a line-editing terminal, or a plain stream when input is piped. */
interface LineSource extends AutoCloseable {

    /**
     * Shows prompt and returns the next line without its terminator, or null at the end of input.
     *
     * @throws CancelledException when the user cancels the line (Ctrl-C)
     */
    String readLine(String prompt);

    /** Records a complete input (possibly several lines) in the history, if this source keeps one. */
    default void remember(String input) {}

    @Override void close();

    /** The user cancelled the line being typed. */
    final class CancelledException extends RuntimeException {
        CancelledException() {
            super("input cancelled", null, false, false);
        }
    }
}
