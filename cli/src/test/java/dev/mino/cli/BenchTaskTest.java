package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task's bookkeeping, with rows written in Java (the real rows are in BenchRowsSmokeTest). */
class BenchTaskTest {
    @TempDir Path dir;
    private Path rowsFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> calls = new ArrayList<>();

    @BeforeEach void writeRowsFile() throws IOException {
        rowsFile = Files.writeString(dir.resolve("rows.clj"), ";; the fake loader ignores this\n");
    }

    @Test void aTierMissingFromTheClasspathIsNotApplicableNotAnError() {
        int status = run(List.of("treewalk"), List.of("treewalk", "bytecode"),
                Map.of("treewalk", rows(row("one", () -> 1L), row("two", () -> 2L))));
        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains("| treewalk ms/op | bytecode ms/op | treewalk/bytecode |"), out.toString());
        assertEquals(2, out.toString().lines().filter(l -> l.matches("\\| (one|two) +\\| +\\d+\\.\\d+ \\| +n/a \\| +n/a \\|")).count(),
                out.toString());
        assertTrue(out.toString().startsWith("mino task bench: " + rowsFile + "; ms per call, quick run"), out.toString());
        assertTrue(out.toString().lines().skip(1).findFirst().orElseThrow().matches("machine: .*, \\d+ processors, .*; JDK: .*"),
                out.toString());
    }

    @Test void tiersTakeTurnsSampleBySample() {
        List<String> available = List.of("a", "b");
        run(available, available, Map.of(
                "a", rows(row("r", () -> log("a"))),
                "b", rows(row("r", () -> log("b")))));
        // warm-up and calibration per tier, then the three samples alternate
        assertEquals(List.of("a", "a", "b", "b", "a", "b", "a", "b", "a", "b"), calls);
    }

    @Test void byDefaultTheStandardTiersThenAnyOtherOnTheClasspath() {
        run(List.of("treewalk", "bytecode", "jit"), List.of(), Map.of(
                "treewalk", rows(row("r", () -> 1L)), "bytecode", rows(row("r", () -> 1L)), "jit", rows(row("r", () -> 1L))));
        assertTrue(out.toString().contains("| treewalk ms/op | bytecode ms/op | jit ms/op | treewalk/bytecode | treewalk/jit |"),
                out.toString());
    }

    @Test void aFailingRowIsAnErrorCellExplainedUnderTheTable() {
        List<String> available = List.of("treewalk", "bytecode");
        int status = run(available, available, Map.of(
                "treewalk", rows(row("ok", () -> 1L), row("bad", () -> 2L)),
                "bytecode", rows(row("ok", () -> 1L), row("bad", () -> { throw new IllegalStateException("broken"); }))));
        assertEquals(1, status);
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("\\| bad +\\| +\\d+\\.\\d+ \\| +error \\| +n/a \\|")), out.toString());
        assertTrue(out.toString().contains("- bytecode: bad: IllegalStateException: broken"), out.toString());
    }

    @Test void tiersMustAgreeOnEveryRowsValue() {
        List<String> available = List.of("treewalk", "bytecode");
        int status = run(available, available, Map.of(
                "treewalk", rows(row("sum", () -> 499500L)), "bytecode", rows(row("sum", () -> 499501L))));
        assertEquals(1, status);
        assertTrue(out.toString().contains("- sum: the tiers' values differ: treewalk 499500, bytecode 499501"), out.toString());
    }

    @Test void aTierThatCannotLoadTheRowsIsAnErrorColumn() {
        List<String> available = List.of("treewalk", "bytecode");
        int status = run(available, available, Map.of("treewalk", rows(row("r", () -> 1L))));
        assertEquals(1, status);
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("\\| r +\\| +\\d+\\.\\d+ \\| +error \\| +n/a \\|")), out.toString());
        assertTrue(out.toString().contains("- bytecode: loading " + rowsFile + " failed: IllegalStateException: no rows for bytecode"), out.toString());
    }

    @Test void aMissingRowsFileIsAUsageError() {
        rowsFile = dir.resolve("none.clj");
        UsageException e = assertThrows(UsageException.class, () -> run(List.of("treewalk"), List.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("no such rows file: "), e.getMessage());
    }

    @Test void progressGoesToStderr() {
        run(List.of("treewalk"), List.of(), Map.of("treewalk", rows(row("r", () -> 1L))));
        assertTrue(err.toString().matches("bench \\[1/1] r: treewalk \\d+\\.\\d+ ms\\R"), err.toString());
    }

    private int run(List<String> available, List<String> requested, Map<String, LoadedRows> byTier) {
        BenchTask.RowLoader loader = (tier, file) -> {
            assertEquals(rowsFile, file);
            LoadedRows rows = byTier.get(tier);
            if (rows == null) throw new IllegalStateException("no rows for " + tier);
            return rows;
        };
        return new BenchTask(new PrintWriter(out, true), new PrintWriter(err, true), BenchSettings.quick(), available, loader)
                .run(rowsFile, requested);
    }

    private Object log(String tier) {
        calls.add(tier);
        return 0L;
    }

    private static LoadedRows rows(BenchRow... rows) {
        return new LoadedRows(List.of(rows), String::valueOf);
    }

    private static BenchRow row(String name, Supplier<Object> call) {
        return new BenchRow(name, call);
    }
}
