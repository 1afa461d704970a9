package dev.mino.runtime.core;

/**
 * One logical block of the pretty printer (pprint-logical-block, ~<...~:>): its prefix, per-line prefix
 * and suffix, the column it started at and the indentation its newlines use, and whether a newline has
 * been emitted in it (doneNewline) or, since its own last newline, in a block nested inside it
 * (nestedNewline) — the state that :linear and :fill newlines decide on.
 */
final class LogicalBlock {
    final LogicalBlock parent;
    final String prefix;
    final String perLinePrefix;
    final String suffix;
    int startColumn;
    int indent;
    boolean doneNewline;
    boolean nestedNewline;

    LogicalBlock(LogicalBlock parent, String prefix, String perLinePrefix, String suffix) {
        this.parent = parent;
        this.prefix = prefix;
        this.perLinePrefix = perLinePrefix;
        this.suffix = suffix;
    }

    /** True when this block encloses other (strictly: a block is not its own ancestor). */
    boolean isAncestorOf(LogicalBlock other) {
        for (LogicalBlock b = other.parent; b != null; b = b.parent) {
            if (b == this) return true;
        }
        return false;
    }

    /** Records that one of this block's newlines was emitted: every enclosing block now has a newline inside it. */
    void newlineEmitted() {
        nestedNewline = false;
        doneNewline = true;
        for (LogicalBlock b = parent; b != null; b = b.parent) {
            b.doneNewline = true;
            b.nestedNewline = true;
        }
    }
}
