package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.TierDiagnostics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line takes from the bytecode tier, on real states: --disasm, (mino.repl/disasm f) and,
 * under MINO_DEBUG, the mino stack trace. What the texts say in detail is the tier's business.
 */
class BytecodeTierCliTest {
    private static final boolean BYTECODE_PRESENT = TierDiagnostics.find().isPresent();

    @TempDir Path dir;
    private Path fib;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach void writeProgram() throws IOException {
        fib = Files.writeString(dir.resolve("fib.clj"), """
                (defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
                (println "fib 10 =" (fib 10))
                """);
    }

    @Test void disasmRunsTheProgramThenPrintsItsFns() {
        assumeTrue(BYTECODE_PRESENT, "the bytecode tier is not on the classpath");
        assertEquals(0, run("--disasm", fib.toString()), err.toString());
        assertTrue(out.toString().startsWith("fib 10 = 55\n"), out.toString());
        assertTrue(out.toString().substring("fib 10 = 55\n".length()).contains("fib"), out.toString());
    }

    @Test void theReplHasADisasmFn() {
        assumeTrue(BYTECODE_PRESENT, "the bytecode tier is not on the classpath");
        assertEquals(0, run("-e", "(defn sq [x] (* x x))", "-e", "(mino.repl/disasm sq)"), err.toString());
        assertTrue(out.toString().startsWith("#'user/sq\n") && out.toString().contains("sq"), out.toString());
    }

    @Test void withoutTheBytecodeTierDisasmIsAUsageError() {
        assumeFalse(BYTECODE_PRESENT, "the bytecode tier is on the classpath");
        assertEquals(1, run("--disasm", fib.toString()));
        assertEquals("mino: --disasm needs the bytecode tier (tier-bytecode), which is not on the classpath\n",
                err.toString());
    }

    @Test void debugReportsListTheMinoFramesInnermostFirst() {
        assumeTrue(BYTECODE_PRESENT, "the bytecode tier is not on the classpath");
        debug = true;
        assertEquals(1, run("-e", "(defn inner [x] (/ x 0)) (defn outer [x] (+ 1 (inner x))) (outer 1)"));
        String report = err.toString();
        assertTrue(report.startsWith("NO_SOURCE_FILE:1:"), report);
        int header = report.indexOf("\nmino stack trace (innermost first):\n  at ");
        assertTrue(header > 0, report);
        int inner = report.indexOf("inner", header);
        int outer = report.indexOf("outer", header);
        assertTrue(inner > 0 && outer > inner, report);
        assertTrue(report.indexOf("\tat ", header) > outer, "the Java stack trace comes last: " + report);
    }

    private boolean debug;

    private int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        ByteArrayInputStream noInput = new ByteArrayInputStream(new byte[0]);
        return new Main(noInput, outWriter, errWriter, MinoStateEvaluator::create,
                () -> new StreamLineSource(noInput, outWriter),
                new ErrorReporter(errWriter, MinoState::describeError, debug, Main.framesFormatter())).run(args);
    }
}
