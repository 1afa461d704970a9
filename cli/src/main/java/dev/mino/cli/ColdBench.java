package dev.mino.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mino task bench --cold}: the first call of each row, in a fresh process per sample (the same JVM,
 * options and classpath as this one), timed inside that process around the call. This is what a program
 * that runs once pays: class loading, the state's start and HotSpot's warm-up of the interpreter are not
 * behind it. The tiers take turns sample by sample; each cell is the median.
 */
final class ColdBench {
    private final PrintWriter out;
    private final PrintWriter err;
    private final int samples;

    ColdBench(PrintWriter out, PrintWriter err, int samples) {
        this.out = out;
        this.err = err;
        this.samples = samples;
    }

    int run(Path rowsFile, List<String> tiers, List<String> rowNames) {
        BenchTable table = new BenchTable(tiers);
        List<String> notes = new ArrayList<>();
        for (int row = 0; row < rowNames.size(); row++) {
            String name = rowNames.get(row);
            err.printf("bench --cold [%d/%d] %s:", row + 1, rowNames.size(), name);
            err.flush();
            Map<String, long[]> nanos = new LinkedHashMap<>();
            for (String tier : tiers) nanos.put(tier, new long[samples]);
            for (int s = 0; s < samples; s++) {
                for (String tier : List.copyOf(nanos.keySet())) {
                    try {
                        nanos.get(tier)[s] = sample(rowsFile, tier, row);
                    } catch (RuntimeException e) {
                        nanos.remove(tier);
                        table.put(name, tier, new BenchTable.Cell.Failed(e.getMessage()));
                        notes.add(tier + ": " + name + ": " + e.getMessage());
                    }
                }
            }
            nanos.forEach((tier, ns) -> {
                Arrays.sort(ns);
                double ms = ns[ns.length / 2] / 1e6;
                table.put(name, tier, new BenchTable.Cell.Millis(ms));
                err.print(" " + tier + " " + BenchTable.millis(ms) + " ms");
            });
            err.println();
            err.flush();
        }
        out.println("mino task bench --cold: " + rowsFile + "; ms of the first call, median of " + samples
                + " fresh processes per cell");
        out.println(BenchTask.machine());
        out.println();
        table.print(out);
        notes.forEach(n -> out.println("- " + n));
        out.flush();
        return notes.isEmpty() ? 0 : 1;
    }

    /** One fresh process: loads the rows on tier, calls row index once, and reports the call's nanoseconds. */
    private static long sample(Path rowsFile, String tier, int index) {
        ChildMain.Result r = ChildMain.run(ChildMain.currentClasspath(), true,
                List.of("task", "bench", "--rows", rowsFile.toString(), "--cold-sample", tier + "," + index), Map.of(), true);
        String output = r.stdout().strip();
        if (r.status() != 0) throw new IllegalStateException("sample process failed: " + output);
        return Long.parseLong(output.substring(output.lastIndexOf('\n') + 1).strip());
    }

    /** In the sample process: the nanoseconds of row index's first call on tier, printed alone on the last line. */
    static int sampleHere(PrintWriter out, Path rowsFile, String tier, int index) {
        LoadedRows rows = LoadedRows.load(tier, rowsFile);
        BenchRow row = rows.rows().get(index);
        long t0 = System.nanoTime();
        row.call().get();
        long ns = System.nanoTime() - t0;
        out.println(ns);
        out.flush();
        return 0;
    }
}
