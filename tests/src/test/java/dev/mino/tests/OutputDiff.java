package dev.mino.tests;

import java.util.List;

/** A unified-diff-like excerpt around the first difference between two texts, for a failure message. */
final class OutputDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_CHANGED = 12;

    private OutputDiff() {}

    /**
     * The lines the texts have in common before the first difference (a few), then the differing lines
     * of each ("-" expected, "+" actual) up to where the texts agree again at their ends; null when equal.
     */
    static String excerpt(String expectedName, String expected, String actualName, String actual) {
        if (expected.equals(actual)) return null;
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(expectedName).append('\n').append("+++ ").append(actualName).append('\n');
        sb.append("@@ first difference at line ").append(prefix + 1).append(" @@\n");
        for (int i = Math.max(0, prefix - CONTEXT); i < prefix; i++) sb.append(' ').append(a.get(i)).append('\n');
        appendChanged(sb, '-', a.subList(prefix, a.size() - suffix));
        appendChanged(sb, '+', b.subList(prefix, b.size() - suffix));
        if (a.equals(b)) sb.append("(the texts differ only in line endings)\n");
        return sb.toString();
    }

    private static void appendChanged(StringBuilder sb, char sign, List<String> lines) {
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_CHANGED))) sb.append(sign).append(line).append('\n');
        if (lines.size() > MAX_CHANGED) sb.append(sign).append("... ").append(lines.size() - MAX_CHANGED).append(" more lines\n");
    }
}
