package dev.mino.runtime.core;

import dev.mino.runtime.core.PrettyToken.BlockEnd;
import dev.mino.runtime.core.PrettyToken.BlockStart;
import dev.mino.runtime.core.PrettyToken.Indent;
import dev.mino.runtime.core.PrettyToken.Newline;
import dev.mino.runtime.core.PrettyToken.NewlineKind;
import dev.mino.runtime.core.PrettyToken.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer clojure.pprint prints through (Waters' XP algorithm, with the decisions Clojure's pretty
 * writer makes, so that layouts match it character for character).
 *
 * <p>Until the first conditional newline, text goes straight to the output. From then on every piece of
 * output is buffered as a {@link PrettyToken}; whenever the buffer no longer fits between the current
 * column and the right margin, the oldest pending newline is decided: a :linear newline breaks if its
 * block already broke or the rest of its section (up to the next newline of an enclosing block) does not
 * fit, :miser likewise but only once the block starts within miser-width of the margin, :fill when the
 * next stretch does not fit or a nested block broke, :mandatory always. Text ending in whitespace keeps
 * the whitespace apart so that it can be dropped before an emitted newline. Fitting means
 * column + length &lt; right margin.
 */
final class PrettyWriter extends Writer {
    private static final List<PrettyToken> EMPTY = List.of();

    private final ColumnTrackingWriter base;
    /** The right margin, or -1 for none (every non-mandatory newline then stays unbroken). */
    private final int maxColumn;
    /** -1 for none: no block is ever printed in miser style. */
    private final int miserWidth;
    private LogicalBlock block = new LogicalBlock(null, null, null, null);
    private boolean buffering;
    private List<PrettyToken> buffer = new ArrayList<>();
    private String trailingWhitespace;
    private long pos;

    PrettyWriter(Writer out, int maxColumn, int miserWidth) {
        this.base = new ColumnTrackingWriter(out);
        this.maxColumn = maxColumn;
        this.miserWidth = miserWidth;
    }

    /** The column the text written through so far has reached (buffered text not counted). */
    int column() {
        return base.column();
    }

    int maxColumn() {
        return maxColumn;
    }

    // ---- the Writer interface ----

    @Override public void write(String s) {
        String rest = writeInitialLines(s);
        int end = rest.length();
        while (end > 0 && isRegexSpace(rest.charAt(end - 1))) end--;
        String text = rest.substring(0, end);
        String space = end < rest.length() ? rest.substring(end) : null;
        if (!buffering) {
            writeTrailingWhitespace();
            out(text);
            trailingWhitespace = space;
        } else {
            long start = pos;
            pos += rest.length();
            addToBuffer(new Text(text, space, start, pos));
        }
    }

    @Override public void write(int c) {
        if (!buffering) {
            writeTrailingWhitespace();
            out(String.valueOf((char) c));
        } else if (c == '\n') {
            writeInitialLines("\n");
        } else {
            long start = pos;
            pos++;
            addToBuffer(new Text(String.valueOf((char) c), null, start, pos));
        }
    }

    @Override public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len));
    }

    @Override public void write(String s, int off, int len) {
        write(s.substring(off, off + len));
    }

    /** Writes out everything buffered, deciding the pending newlines by what is known now. */
    void flushBuffer() {
        if (buffering) {
            writeTokens(buffer, true);
            buffer = new ArrayList<>();
        } else {
            writeTrailingWhitespace();
        }
    }

    @Override public void flush() throws IOException {
        flushBuffer();
        base.flush();
    }

    @Override public void close() throws IOException {
        flush();
    }

    // ---- the pretty printing operations ----

    void startBlock(String prefix, String perLinePrefix, String suffix) {
        LogicalBlock b = new LogicalBlock(block, prefix, perLinePrefix, suffix);
        block = b;
        if (!buffering) {
            writeTrailingWhitespace();
            if (prefix != null) out(prefix);
            b.startColumn = base.column();
            b.indent = b.startColumn;
        } else {
            long start = pos;
            pos += prefix == null ? 0 : prefix.length();
            addToBuffer(new BlockStart(b, start, pos));
        }
    }

    void endBlock() {
        LogicalBlock b = block;
        if (b.parent == null) throw new IllegalStateException("end-block without a matching start-block");
        if (!buffering) {
            writeTrailingWhitespace();
            if (b.suffix != null) out(b.suffix);
        } else {
            long start = pos;
            pos += b.suffix == null ? 0 : b.suffix.length();
            addToBuffer(new BlockEnd(b, start, pos));
        }
        block = b.parent;
    }

    void newline(NewlineKind kind) {
        buffering = true;
        addToBuffer(new Newline(kind, block, pos));
    }

    void indent(boolean fromBlockStart, int offset) {
        if (!buffering) {
            writeTrailingWhitespace();
            block.indent = offset + (fromBlockStart ? block.startColumn : base.column());
        } else {
            addToBuffer(new Indent(block, fromBlockStart, offset, pos));
        }
    }

    // ---- buffering and newline decisions ----

    private void addToBuffer(PrettyToken t) {
        buffer.add(t);
        if (!fits(buffer)) writeLine();
    }

    /** Decides newlines from the front of the buffer until what remains fits on the line. */
    private void writeLine() {
        List<PrettyToken> current = buffer;
        while (!fits(current)) {
            List<PrettyToken> next = writeTokenString(current);
            if (next == null || next.isEmpty()) {
                current = EMPTY;
                break;
            }
            current = next;
        }
        buffer = new ArrayList<>(current);
    }

    /**
     * Writes the tokens before the first newline, decides that newline, and if what follows still does not
     * fit, works through its section the same way. Returns the tokens still pending (null for none).
     */
    private List<PrettyToken> writeTokenString(List<PrettyToken> tokens) {
        int first = indexOfNewline(tokens, 0);
        if (first < 0) {
            writeTokens(tokens, false);
            return null;
        }
        writeTokens(tokens.subList(0, first), false);
        List<PrettyToken> b = tokens.subList(first, tokens.size());
        Newline nl = (Newline) b.get(0);
        int sectionEnd = sectionEnd(b, nl.block(), false);
        List<PrettyToken> section = b.subList(1, sectionEnd);
        List<PrettyToken> remainder = b.subList(Math.min(sectionEnd, b.size()), b.size());
        List<PrettyToken> result = b;
        if (shouldBreak(nl, section, b.subList(1, sectionEnd(b, nl.block(), true)))) {
            emitNewline(nl);
            result = b.subList(1, b.size());
        }
        if (!fits(result)) {
            List<PrettyToken> rest = writeTokenString(section);
            int restSize = rest == null ? 0 : rest.size();
            if (restSize == section.size()) {
                writeTokens(section, false);
                result = remainder;
            } else {
                List<PrettyToken> joined = new ArrayList<>(restSize + remainder.size());
                if (rest != null) joined.addAll(rest);
                joined.addAll(remainder);
                result = joined;
            }
        }
        return result;
    }

    private static int indexOfNewline(List<PrettyToken> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Newline) return i;
        }
        return -1;
    }

    /**
     * Where the stretch after the newline at b[0] ends: at the next newline of an enclosing block (its
     * section), or for a fill newline's test also at the next newline of its own block (its subsection).
     */
    private static int sectionEnd(List<PrettyToken> b, LogicalBlock lb, boolean ownBlockEnds) {
        for (int i = 1; i < b.size(); i++) {
            if (b.get(i) instanceof Newline n && ((ownBlockEnds && n.block() == lb) || n.block().isAncestorOf(lb))) return i;
        }
        return b.size();
    }

    private boolean shouldBreak(Newline nl, List<PrettyToken> section, List<PrettyToken> subsection) {
        LogicalBlock lb = nl.block();
        return switch (nl.kind()) {
            case LINEAR -> linearBreak(lb, section);
            case MISER -> miserBreak(lb, section);
            case FILL -> lb.nestedNewline || !fits(subsection) || miserBreak(lb, section);
            case MANDATORY -> true;
        };
    }

    private boolean linearBreak(LogicalBlock lb, List<PrettyToken> section) {
        return lb.doneNewline || !fits(section);
    }

    private boolean miserBreak(LogicalBlock lb, List<PrettyToken> section) {
        return miserWidth >= 0 && maxColumn >= 0 && lb.startColumn >= maxColumn - miserWidth && linearBreak(lb, section);
    }

    private boolean fits(List<PrettyToken> tokens) {
        if (maxColumn < 0) return true;
        long length = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end() - tokens.get(0).start();
        return base.column() + length < maxColumn;
    }

    private void emitNewline(Newline nl) {
        out("\n");
        trailingWhitespace = null;
        LogicalBlock lb = nl.block();
        String prefix = lb.perLinePrefix;
        if (prefix != null) out(prefix);
        int spaces = lb.indent - (prefix == null ? 0 : prefix.length());
        if (spaces > 0) out(" ".repeat(spaces));
        lb.newlineEmitted();
    }

    // ---- writing decided tokens ----

    private void writeTokens(List<PrettyToken> tokens, boolean forceTrailingWhitespace) {
        for (PrettyToken t : tokens) {
            if (!(t instanceof Newline) && trailingWhitespace != null) out(trailingWhitespace);
            writeToken(t);
            trailingWhitespace = t instanceof Text text ? text.trailingWhitespace() : null;
        }
        if (forceTrailingWhitespace) writeTrailingWhitespace();
    }

    private void writeToken(PrettyToken t) {
        switch (t) {
            case BlockStart s -> {
                if (s.block().prefix != null) out(s.block().prefix);
                s.block().startColumn = base.column();
                s.block().indent = s.block().startColumn;
            }
            case BlockEnd e -> {
                if (e.block().suffix != null) out(e.block().suffix);
            }
            case Indent i -> i.block().indent = i.offset() + (i.fromBlockStart() ? i.block().startColumn : base.column());
            case Text text -> out(text.text());
            case Newline nl -> {
                boolean broken = nl.kind() == NewlineKind.MANDATORY
                        || (nl.kind() != NewlineKind.FILL && nl.block().doneNewline);
                if (broken) {
                    emitNewline(nl);
                } else if (trailingWhitespace != null) {
                    out(trailingWhitespace);
                }
                trailingWhitespace = null;
            }
        }
    }

    private void writeTrailingWhitespace() {
        if (trailingWhitespace != null) {
            out(trailingWhitespace);
            trailingWhitespace = null;
        }
    }

    /**
     * Text containing newlines: everything up to the last newline is written out at once (deciding what
     * is buffered first); the text after it is returned to be written as usual.
     */
    private String writeInitialLines(String s) {
        if (s.indexOf('\n') < 0) return s;
        String[] lines = s.split("\n", -1);
        if (buffering) {
            long start = pos;
            pos += lines[0].length();
            addToBuffer(new Text(lines[0], null, start, pos));
            writeLine();
            writeTokens(buffer, true);
            buffer = new ArrayList<>();
        } else {
            writeTrailingWhitespace();
            out(lines[0]);
        }
        out("\n");
        for (int i = 1; i < lines.length - 1; i++) {
            out(lines[i]);
            out("\n");
        }
        return lines[lines.length - 1];
    }

    private void out(String s) {
        try {
            base.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters of the regex class \s, which is what counts as trailing whitespace here. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
