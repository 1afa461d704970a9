package dev.mino.runtime.core;

/**
 * What the pretty writer buffers while a newline decision is pending. Positions count the characters
 * written to the writer since buffering began, so the text between two tokens is end - start long.
 */
sealed interface PrettyToken {
    long start();

    long end();

    /** The four kinds of conditional newline of pprint-newline. */
    enum NewlineKind { LINEAR, MISER, FILL, MANDATORY }

    /** Text, with its trailing whitespace kept apart: it is dropped when a newline follows it. */
    record Text(String text, String trailingWhitespace, long start, long end) implements PrettyToken {}

    record Newline(NewlineKind kind, LogicalBlock block, long start) implements PrettyToken {
        @Override public long end() { return start; }
    }

    record BlockStart(LogicalBlock block, long start, long end) implements PrettyToken {}

    record BlockEnd(LogicalBlock block, long start, long end) implements PrettyToken {}

    /** pprint-indent: the block's indentation becomes offset from its start column (or the current column). */
    record Indent(LogicalBlock block, boolean fromBlockStart, int offset, long start) implements PrettyToken {
        @Override public long end() { return start; }
    }
}
