package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The corpus with the JIT on: every program prints what it prints with the JIT off, and no fn of theirs is rejected. */
class JitCorpusTaskTest {
    @Test
    void everyCorpusFnIsEligibleAndTheOutputsMatch() {
        StringWriter out = new StringWriter();
        int status = new JitCorpusTask(new PrintWriter(out)).run(Path.of("..", "bench", "corpora").toAbsolutePath().normalize());
        String report = out.toString();
        assertEquals(0, status, report);
        assertFalse(report.contains("OUTPUT DIFFERS"), report);
        Matcher total = Pattern.compile("(?m)^total\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s").matcher(report);
        assertTrue(total.find(), report);
        assertTrue(Integer.parseInt(total.group(1)) >= 100, "the corpus' own fns: " + total.group(1));
        assertEquals("0", total.group(4), "hard rejections:\n" + report);
        assertTrue(report.lines().filter(l -> l.matches("\\d\\d_.*\\.clj .*")).count() >= 20, report);
    }
}
