package dev.mino.cli;

import dev.mino.runtime.embed.MinoState;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code mino task bench}: times every row of a rows file on several tiers in this one process and prints
 * a table of median milliseconds per call (see bench/README.md). Each tier gets its own state with the
 * rows loaded, so each tier compiles the rows' fns itself. Per row the tiers warm up in turn, then take
 * their timed samples in turns, so that drift (another process, thermal limits) affects all alike.
 *
 * <p>A tier that is not on the classpath is a column of "n/a"; a row that fails on a tier is "error",
 * explained under the table. The exit status is 1 when anything failed or the tiers disagreed on a row's
 * value, else 0.
 */
final class BenchTask {
    /** The columns when none are asked for, before any other tier found on the classpath. */
    static final List<String> STANDARD_TIERS = List.of("treewalk", "bytecode");

    /** Loads the rows file into a fresh state for one tier. */
    @FunctionalInterface
    interface RowLoader {
        LoadedRows load(String tier, Path rowsFile);
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final BenchSettings settings;
    private final List<String> available;
    private final RowLoader loader;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param available  the tiers on the classpath, lowest rank first
     * @param err        where progress goes while the rows run (the table goes to out)
     */
    BenchTask(PrintWriter out, PrintWriter err, BenchSettings settings, List<String> available, RowLoader loader) {
        this.out = out;
        this.err = err;
        this.settings = settings;
        this.available = List.copyOf(available);
        this.loader = loader;
    }

    /** Runs the bench; requested empty means the standard tiers plus any other tier on the classpath. */
    int run(Path rowsFile, List<String> requested) {
        if (!Files.isRegularFile(rowsFile)) {
            throw new UsageException("no such rows file: " + rowsFile
                    + " (run from the repository root, or name one with --rows FILE)");
        }
        List<String> tiers = requested.isEmpty() ? defaultTiers() : requested;
        BenchTable table = new BenchTable(tiers);
        Map<String, LoadedRows> loaded = loadAll(tiers, rowsFile);
        List<String> rowNames = loaded.isEmpty() ? List.of() : names(loaded.values().iterator().next());
        for (int i = 0; i < rowNames.size(); i++) measureRow(i, rowNames, loaded, table);
        for (String tier : tiers) {
            if (loaded.containsKey(tier)) continue;
            BenchTable.Cell cell = available.contains(LoadedRows.tierOf(tier))
                    ? new BenchTable.Cell.Failed("rows not loaded") : new BenchTable.Cell.NotAvailable();
            for (String row : rowNames) table.put(row, tier, cell);
        }
        printReport(rowsFile, table);
        if (loaded.isEmpty()) {
            err.println("mino: no tier ran the rows (asked for " + String.join(", ", tiers)
                    + "; on the classpath: " + String.join(", ", available) + ")");
            return 1;
        }
        return notes.isEmpty() ? 0 : 1;
    }

    /** The cold bench over the same columns: the row names come from loading the rows here once. */
    int runCold(Path rowsFile, List<String> requested, ColdBench cold) {
        if (!Files.isRegularFile(rowsFile)) throw new UsageException("no such rows file: " + rowsFile);
        List<String> tiers = (requested.isEmpty() ? defaultTiers() : requested).stream().filter(t -> available.contains(LoadedRows.tierOf(t))).toList();
        return cold.run(rowsFile, tiers, names(loader.load("bytecode", rowsFile)));
    }

    private List<String> defaultTiers() {
        Set<String> tiers = new LinkedHashSet<>(STANDARD_TIERS);
        tiers.addAll(available);
        return List.copyOf(tiers);
    }

    /** The rows on each tier that is available and loads them; the tiers must agree on the row names. */
    private Map<String, LoadedRows> loadAll(List<String> tiers, Path rowsFile) {
        Map<String, LoadedRows> loaded = new LinkedHashMap<>();
        for (String tier : tiers) {
            if (!available.contains(LoadedRows.tierOf(tier))) continue;
            try {
                LoadedRows rows = loader.load(tier, rowsFile);
                if (!loaded.isEmpty() && !names(rows).equals(names(loaded.values().iterator().next()))) {
                    notes.add(tier + ": the rows file defined other rows than on " + loaded.keySet().iterator().next());
                    continue;
                }
                loaded.put(tier, rows);
            } catch (RuntimeException | StackOverflowError e) {
                notes.add(tier + ": loading " + rowsFile + " failed: " + describe(e));
            }
        }
        return loaded;
    }

    private static List<String> names(LoadedRows rows) {
        return rows.rows().stream().map(BenchRow::name).toList();
    }

    private void measureRow(int index, List<String> rowNames, Map<String, LoadedRows> loaded, BenchTable table) {
        String row = rowNames.get(index);
        err.printf("bench [%d/%d] %s:", index + 1, rowNames.size(), row);
        err.flush();
        Map<String, RowTimer> timers = new LinkedHashMap<>();
        loaded.forEach((tier, rows) -> timers.put(tier, new RowTimer(rows.rows().get(index), settings)));
        for (String tier : List.copyOf(timers.keySet())) attempt(row, tier, timers, table, RowTimer::warmUp);
        for (int s = 0; s < settings.samples(); s++) {
            for (String tier : List.copyOf(timers.keySet())) attempt(row, tier, timers, table, RowTimer::takeSample);
        }
        timers.forEach((tier, timer) -> {
            double ms = timer.medianMillis();
            table.put(row, tier, new BenchTable.Cell.Millis(ms));
            err.print(" " + tier + " " + BenchTable.millis(ms) + " ms");
        });
        err.println();
        err.flush();
        checkValuesAgree(row, timers, loaded);
    }

    /** Runs one step of a tier's timer; a failure makes the cell "error" and drops the tier from the row. */
    private void attempt(String row, String tier, Map<String, RowTimer> timers, BenchTable table,
            Consumer<RowTimer> step) {
        try {
            step.accept(timers.get(tier));
        } catch (RuntimeException | StackOverflowError e) {
            String message = describe(e);
            timers.remove(tier);
            table.put(row, tier, new BenchTable.Cell.Failed(message));
            notes.add(tier + ": " + row + ": " + message);
        }
    }

    private void checkValuesAgree(String row, Map<String, RowTimer> timers, Map<String, LoadedRows> loaded) {
        Map<String, String> printed = new LinkedHashMap<>();
        timers.forEach((tier, timer) -> printed.put(tier, loaded.get(tier).printer().apply(timer.value())));
        if (printed.values().stream().distinct().count() > 1) {
            notes.add(row + ": the tiers' values differ: " + printed.entrySet().stream()
                    .map(e -> e.getKey() + " " + abbreviate(e.getValue())).collect(Collectors.joining(", ")));
        }
    }

    private void printReport(Path rowsFile, BenchTable table) {
        out.println("mino task bench: " + rowsFile + "; ms per call, " + settings.describe());
        out.println(machine());
        out.println();
        table.print(out);
        if (!notes.isEmpty()) {
            out.println();
            for (String note : notes) out.println("- " + note);
        }
        out.flush();
    }

    /** The machine and JDK the numbers were measured on. */
    static String machine() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        String memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format(Locale.ROOT, "%.1f GiB memory", sun.getTotalMemorySize() / (double) (1L << 30))
                : "memory unknown";
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "machine: %s %s, %d processors, %s; JDK: %s %s (GC: %s, max heap %d MiB)",
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                gcs, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String describe(Throwable t) {
        return Objects.requireNonNullElse(MinoState.describeError(t), t.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
