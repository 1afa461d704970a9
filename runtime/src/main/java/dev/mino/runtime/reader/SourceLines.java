package dev.mino.runtime.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * Offsets in a source text from the reader's positions: 1-based lines and columns, a line ended by "\n",
 * "\r\n" or a lone "\r", as {@link LispReader#line()} and {@link LispReader#column()} count them.
 */
public final class SourceLines {
    private final int[] starts;

    public SourceLines(String text) {
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') found.add(i + 1);
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The offset of line:column, or -1 for a line the text does not have. */
    public int offset(int line, int column) {
        return line >= 1 && line <= starts.length ? starts[line - 1] + column - 1 : -1;
    }
}
