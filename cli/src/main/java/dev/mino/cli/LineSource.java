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

    /** Has Ctrl-C run action while no line is being read (an evaluation runs), where this source sees it. */
    default void onInterrupt(Runnable action) {}

    /** Has the Tab key complete the word before the cursor with what names gives for it, where there is one. */
    default void completeWith(java.util.function.Function<String, java.util.List<String>> names) {}

    @Override void close();

    /** The user cancelled the line being typed. */
    final class CancelledException extends RuntimeException {
        private final String partialLine;

        CancelledException(String partialLine) {
            super("input cancelled", null, false, false);
            this.partialLine = partialLine;
        }

        /** What had been typed on the line. */
        String partialLine() {
            return partialLine;
        }
    }
}
