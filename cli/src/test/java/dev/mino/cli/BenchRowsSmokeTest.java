package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code mino task bench --quick} on the repository's bench/rows.clj: every row runs on every tier on the
 * classpath and the tiers agree on every row's value. Times are not checked: performance targets live in
 * bench/, never in unit tests.
 */
class BenchRowsSmokeTest {
    /** Surefire runs in the cli module; the rows are in the repository's bench directory. */
    private static final Path ROWS = Path.of(System.getProperty("mino.bench.rows", "../bench/rows.clj"));

    /** Seconds normally; mino code notices the interrupt of a timeout at its next call or loop back-edge. */
    @Test @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyRowRunsOnEveryTierWithTheSameValue() throws Exception {
        assertTrue(Files.isRegularFile(ROWS), "no rows file at " + ROWS.toAbsolutePath());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        ByteArrayInputStream noInput = new ByteArrayInputStream(new byte[0]);
        Main main = new Main(noInput, outWriter, errWriter, MinoStateEvaluator::create,
                () -> new StreamLineSource(noInput, outWriter), new ErrorReporter(errWriter, Throwable::toString, false));

        int status = main.run("task", "bench", "--quick", "--rows", ROWS.toString());

        assertEquals(0, status, out + "\n" + err);
        List<String> lines = out.toString().lines().filter(l -> l.startsWith("| ")).toList();
        List<String> header = cells(lines.getFirst());
        List<String> rows = lines.subList(1, lines.size());
        assertEquals(10, rows.size(), out.toString());
        for (String tier : TierNames.onClasspath()) {
            int column = header.indexOf(tier + " ms/op");
            assertTrue(column > 0, "no column for " + tier + " in " + header);
            for (String row : rows) assertTrue(cells(row).get(column).matches("\\d+\\.\\d+"), tier + ": " + row);
        }
    }

    private static List<String> cells(String tableLine) {
        return Arrays.stream(tableLine.split("\\|")).skip(1).map(String::strip).toList();
    }
}
