package dev.mino.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's result: one row per benchmark, one ms/op column per tier, then one ratio column per tier
 * after the first (first tier's time / that tier's time: how many times faster it is). Printed as a Markdown
 * table so that it can be pasted into notes as it is. A new tier is a new column without code changes.
 */
final class BenchTable {

    /** What one tier did on one row. */
    sealed interface Cell {
        /** The median time per call. */
        record Millis(double ms) implements Cell {}

        /** The tier is not on the classpath. */
        record NotAvailable() implements Cell {}

        /** The row (or loading the rows) failed on this tier. */
        record Failed(String message) implements Cell {}
    }

    private interface Column {
        String header();

        String text(Map<String, Cell> cells);
    }

    private record TierColumn(String tier) implements Column {
        @Override public String header() { return tier + " ms/op"; }

        @Override public String text(Map<String, Cell> cells) {
            return switch (cells.get(tier)) {
                case Cell.Millis m -> millis(m.ms());
                case Cell.NotAvailable _ -> "n/a";
                case Cell.Failed _ -> "error";
                case null -> "n/a";
            };
        }
    }

    private record RatioColumn(String baseline, String tier) implements Column {
        @Override public String header() { return baseline + "/" + tier; }

        @Override public String text(Map<String, Cell> cells) {
            if (cells.get(baseline) instanceof Cell.Millis base && cells.get(tier) instanceof Cell.Millis other
                    && other.ms() > 0) {
                return String.format(Locale.ROOT, "%.2fx", base.ms() / other.ms());
            }
            return "n/a";
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();

    BenchTable(List<String> tiers) {
        for (String tier : tiers) columns.add(new TierColumn(tier));
        for (String tier : tiers.subList(Math.min(1, tiers.size()), tiers.size())) {
            columns.add(new RatioColumn(tiers.getFirst(), tier));
        }
    }

    /** Records a tier's result for a row; rows keep the order they were first recorded in. */
    void put(String row, String tier, Cell cell) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(tier, cell);
    }

    Cell get(String row, String tier) {
        Map<String, Cell> cells = rows.get(row);
        return cells == null ? null : cells.get(tier);
    }

    /** The table, columns padded to line up (numbers right-aligned). */
    void print(PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("row"));
        for (Column c : columns) header.add(c.header());
        lines.add(header);
        rows.forEach((name, cells) -> {
            List<String> line = new ArrayList<>(List.of(name));
            for (Column c : columns) line.add(c.text(cells));
            lines.add(line);
        });
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], line.get(i).length());
        }
        printLine(out, lines.getFirst(), widths);
        printRule(out, widths);
        for (List<String> line : lines.subList(1, lines.size())) printLine(out, line, widths);
    }

    private static void printLine(PrintWriter out, List<String> line, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String text = line.get(i);
            String pad = " ".repeat(widths[i] - text.length());
            sb.append(' ').append(i == 0 ? text + pad : pad + text).append(" |");
        }
        out.println(sb);
    }

    /** Markdown's header rule; ":" on the right aligns the number columns right when rendered. */
    private static void printRule(PrintWriter out, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            sb.append(i == 0 ? "-".repeat(widths[i] + 2) : "-".repeat(widths[i] + 1) + ":").append('|');
        }
        out.println(sb);
    }

    /** Three significant digits or so: 96.3, 8.68, 0.328. */
    static String millis(double ms) {
        String format = ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, ms);
    }
}
