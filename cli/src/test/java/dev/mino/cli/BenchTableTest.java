package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.cli.BenchTable.Cell;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test void oneColumnPerTierThenRatiosAgainstTheFirst() {
        BenchTable table = new BenchTable(List.of("treewalk", "bytecode", "jit"));
        table.put("fib 25", "treewalk", new Cell.Millis(20.0));
        table.put("fib 25", "bytecode", new Cell.Millis(8.0));
        table.put("fib 25", "jit", new Cell.NotAvailable());
        table.put("lazy", "treewalk", new Cell.Millis(0.3281));
        table.put("lazy", "bytecode", new Cell.Failed("boom"));
        table.put("lazy", "jit", new Cell.NotAvailable());
        assertEquals("""
                | row    | treewalk ms/op | bytecode ms/op | jit ms/op | treewalk/bytecode | treewalk/jit |
                |--------|---------------:|---------------:|----------:|------------------:|-------------:|
                | fib 25 |           20.0 |           8.00 |       n/a |             2.50x |          n/a |
                | lazy   |          0.328 |          error |       n/a |               n/a |          n/a |
                """, print(table));
    }

    @Test void aSingleTierHasNoRatioColumn() {
        BenchTable table = new BenchTable(List.of("treewalk"));
        table.put("r", "treewalk", new Cell.Millis(123.456));
        assertEquals("""
                | row | treewalk ms/op |
                |-----|---------------:|
                | r   |          123.5 |
                """, print(table));
    }

    @Test void millisKeepAboutThreeSignificantDigits() {
        assertEquals("96.3", BenchTable.millis(96.31));
        assertEquals("8.68", BenchTable.millis(8.6789));
        assertEquals("0.250", BenchTable.millis(0.25));
        assertEquals("0.000", BenchTable.millis(0.0));
    }

    private static String print(BenchTable table) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            table.print(w);
        }
        return s.toString().replace(System.lineSeparator(), "\n");
    }
}
