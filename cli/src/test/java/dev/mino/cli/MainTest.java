package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.MinoOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole command lines against the fake evaluator: what is printed where, and the exit status. */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeEvaluator evaluator;
    private MinoOptions options;
    private String stdin = "";

    @Test void evalPrintsEveryNonNilValue() {
        assertEquals(0, run("-e", "1 nil (2)", "-e", "(say hi)"));
        assertEquals("1\n2\nhi\n", out.toString());
        assertEquals("", err.toString());
        assertEquals(List.of("NO_SOURCE_FILE|1 nil (2)", "NO_SOURCE_FILE|(say hi)"), evaluator.evaluated);
    }

    @Test void anErrorIsOneLineOnStderrAndExitStatusOne() {
        assertEquals(1, run("-e", "1 (boom) 3"));
        assertEquals("1\n", out.toString());
        assertEquals("NO_SOURCE_FILE:1:1: boom\n", err.toString());
    }

    @Test void anUnfinishedExpressionReportsTheReaderError() {
        assertEquals(1, run("-e", "(1"));
        assertEquals("NO_SOURCE_FILE:1:1: EOF while reading\n", err.toString());
    }

    @Test void theJitCapabilityIsPrinted() {
        assertEquals(0, run("--jit-capability"));
        assertTrue(out.toString().matches("available=(true|false) mode=auto threshold=10 hostArch=\\S+ hostOs=.+\n"), out.toString());
    }

    @Test void badOptionsPrintAHint() {
        assertEquals(2, run("--bogus"));
        assertEquals("mino: unknown option: --bogus\nTry 'mino --help' for more information.\n", err.toString());
    }

    @Test void fileIsLoadedRelativeToTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prog.clj"), "1");
        assertEquals(0, run(file.toString(), "arg"));
        assertEquals(List.of(file), evaluator.loaded);
    }

    @Test void theProgramsArgumentsAreBoundBeforeEvalRuns(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prog.clj"), "1");
        assertEquals(0, run("-e", "1", file.toString(), "x", "y"));
        assertEquals(List.of("x", "y"), evaluator.commandLineArgs);
        stdin = "2";
        assertEquals(0, run("-", "z"));
        assertEquals(List.of("z"), evaluator.commandLineArgs);
        assertEquals(0, run("-e", "3"));
        assertEquals(List.of(), evaluator.commandLineArgs, "none: *command-line-args* is nil");
    }

    @Test void aMissingFileIsReportedPlainly() {
        assertEquals(1, run("no/such/file.clj"));
        assertEquals("mino: no such file: no/such/file.clj\n", err.toString());
    }

    @Test void dashEvaluatesStandardInput() {
        stdin = "(say from-stdin) 5";
        assertEquals(0, run("-"));
        assertEquals("from-stdin\n", out.toString());
        assertEquals(List.of("<stdin>|(say from-stdin) 5"), evaluator.evaluated);
    }

    @Test void noArgumentsRunsTheReplOnStandardInput() {
        stdin = "(in-ns 'x)\n6\n";
        assertEquals(0, run());
        assertEquals("user=> nil\nx=> 6\nx=> ", out.toString());
    }

    @Test void tierOptionReachesTheState() {
        run("--tier=treewalk", "-e", "1");
        assertEquals("treewalk", options.tier());
    }

    @Test void versionAndHelpNeedNoState() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("mino \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), out.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: mino"));
        assertEquals(null, evaluator);
    }

    @Test void testTaskExitStatusFollowsTheSummary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_test.clj"), "");
        assertEquals(0, run("task", "test", dir.toString()));
        assertEquals(1, run("task", "test", dir.resolve("missing").toString()));
        assertTrue(err.toString().startsWith("mino: no such test directory: "), err.toString());
    }

    @Test void disasmLoadsTheFileAndPrintsTheDisassembly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("fib.clj"), "1");
        assertEquals(0, run("--disasm", file.toString()));
        assertEquals("; disassembly of " + file + "\n", out.toString());
        assertEquals(List.of(file), evaluator.loaded);
        assertEquals(1, run("--disasm", dir.resolve("none.clj").toString()));
        assertTrue(err.toString().startsWith("mino: no such file: "), err.toString());
    }

    @Test void benchTaskNeedsItsRowsFile(@TempDir Path dir) {
        assertEquals(1, run("task", "bench", "--quick", "--rows", dir.resolve("none.clj").toString()));
        assertTrue(err.toString().startsWith("mino: no such rows file: "), err.toString());
        assertEquals(null, evaluator, "the bench makes its own states");
    }

    @Test void benchTaskTakesNoEvalOrTier() {
        assertEquals(1, run("--tier=treewalk", "task", "bench"));
        assertEquals("mino: task bench takes neither -e nor --tier (it names its tiers with --tiers)\n", err.toString());
    }

    private int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        Evaluator.Factory factory = (opts, o, e) -> {
            options = opts;
            evaluator = new FakeEvaluator(o);
            return evaluator;
        };
        ErrorReporter errors = new ErrorReporter(errWriter, Throwable::getMessage, false);
        return new Main(in, outWriter, errWriter, factory, () -> new StreamLineSource(in, outWriter), errors).run(args);
    }
}
