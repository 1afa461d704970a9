package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.cli.Invocation.Disassemble;
import dev.mino.cli.Invocation.EvalOnly;
import dev.mino.cli.Invocation.RunBench;
import dev.mino.cli.Invocation.RunFile;
import dev.mino.cli.Invocation.RunStdin;
import dev.mino.cli.Invocation.RunTests;
import dev.mino.cli.Invocation.ShowHelp;
import dev.mino.cli.Invocation.ShowVersion;
import dev.mino.cli.Invocation.StartRepl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test void noArgumentsStartsTheRepl() {
        Invocation inv = Invocation.parse();
        assertEquals(new StartRepl(), inv.action());
        assertNull(inv.tier());
        assertEquals(List.of(), inv.evals());
    }

    @Test void evalAloneEvaluatesAndExits() {
        Invocation inv = Invocation.parse("-e", "(+ 1 2)", "--eval", "nil");
        assertEquals(List.of("(+ 1 2)", "nil"), inv.evals());
        assertEquals(new EvalOnly(), inv.action());
    }

    @Test void evalValueMayLookLikeAnOption() {
        assertEquals(List.of("-5"), Invocation.parse("-e", "-5").evals());
    }

    @Test void fileTakesEverythingAfterItAsProgramArguments() {
        Invocation inv = Invocation.parse("prog.clj", "a", "-e", "--help");
        assertEquals(new RunFile(Path.of("prog.clj"), List.of("a", "-e", "--help")), inv.action());
        assertEquals(List.of(), inv.evals());
    }

    @Test void evalsRunBeforeAFile() {
        Invocation inv = Invocation.parse("-e", "(def x 1)", "prog.clj");
        assertEquals(List.of("(def x 1)"), inv.evals());
        assertEquals(new RunFile(Path.of("prog.clj"), List.of()), inv.action());
    }

    @Test void dashReadsStdin() {
        assertEquals(new RunStdin(List.of("x", "y")), Invocation.parse("-", "x", "y").action());
    }

    @Test void doubleDashEndsOptions() {
        assertEquals(new RunFile(Path.of("-odd.clj"), List.of()), Invocation.parse("--", "-odd.clj").action());
        assertEquals(new StartRepl(), Invocation.parse("--").action());
    }

    @Test void tierInBothSpellings() {
        assertEquals("treewalk", Invocation.parse("--tier=treewalk").tier());
        Invocation inv = Invocation.parse("--tier", "bytecode", "-e", "1");
        assertEquals("bytecode", inv.tier());
        assertEquals(List.of("1"), inv.evals());
    }

    @Test void disasmNamesTheFileToLoadAndDisassemble() {
        Invocation inv = Invocation.parse("-e", "(def x 1)", "--disasm", "fib.clj", "--tier=bytecode");
        assertEquals(new Disassemble(Path.of("fib.clj")), inv.action());
        assertEquals("bytecode", inv.tier());
        assertEquals(List.of("(def x 1)"), inv.evals());
        assertEquals(new Disassemble(Path.of("f.clj")), Invocation.parse("--disasm=f.clj", "--").action());
    }

    @Test void helpAndVersion() {
        assertEquals(new ShowHelp(), Invocation.parse("--help").action());
        assertEquals(new ShowHelp(), Invocation.parse("-e", "1", "-h").action());
        assertEquals(new ShowVersion(), Invocation.parse("--version").action());
    }

    @Test void testTaskDefaultsToTheTestsDirectory() {
        assertEquals(new RunTests(Path.of("tests")), Invocation.parse("task", "test").action());
        assertEquals(new RunTests(Path.of("suite/core")), Invocation.parse("--tier=treewalk", "task", "test", "suite/core").action());
    }

    @Test void benchTaskDefaultsToTheRepositorysRowsAndElevenSamples() {
        assertEquals(new RunBench(Path.of("bench/rows.clj"), List.of(), 11, false, false, null), Invocation.parse("task", "bench").action());
    }

    @Test void benchTaskOptionsInBothSpellings() {
        assertEquals(new RunBench(Path.of("my.clj"), List.of("treewalk", "bytecode"), 21, true, false, null),
                Invocation.parse("task", "bench", "--iterations", "21", "--tiers=treewalk, bytecode", "--quick",
                        "--rows", "my.clj").action());
        assertEquals(new RunBench(Path.of("bench/rows.clj"), List.of("treewalk"), 5, false, false, null),
                Invocation.parse("task", "bench", "--iterations=5", "--tiers", "treewalk").action());
        assertEquals(new RunBench(Path.of("bench/rows.clj"), List.of(), 5, false, true, null),
                Invocation.parse("task", "bench", "--cold").action(), "--cold: 5 fresh processes per cell by default");
    }

    @Test void badCommandLinesSayWhatIsWrong() {
        assertUsage("unknown option: --frobnicate", "--frobnicate");
        assertUsage("-e needs a value", "-e");
        assertUsage("--tier needs a value", "--tier");
        assertUsage("--tier needs a tier name", "--tier=");
        assertUsage("task needs a name", "task");
        assertUsage("unknown task: lint", "task", "lint");
        assertUsage("at most one directory", "task", "test", "a", "b");
        assertUsage("known tasks: test, test-jit-parity, bench", "task", "lint");
        assertUsage("--iterations needs a positive whole number, got 0", "task", "bench", "--iterations=0");
        assertUsage("--iterations needs a positive whole number, got x", "task", "bench", "--iterations", "x");
        assertUsage("--iterations needs a value", "task", "bench", "--iterations");
        assertUsage("--tiers needs tier names", "task", "bench", "--tiers=,");
        assertUsage("unknown task bench option: fast", "task", "bench", "fast");
        assertUsage("--disasm needs a value", "--disasm");
        assertUsage("--disasm needs a FILE", "--disasm=");
        assertUsage("--disasm takes one FILE", "--disasm", "a.clj", "--disasm", "b.clj");
        assertUsage("it takes no other program or task", "--disasm", "a.clj", "b.clj");
        assertUsage("it takes no other program or task", "--disasm", "a.clj", "task", "test");
    }

    @Test void usageTextNamesEveryOption() {
        for (String option : List.of("-e, --eval", "--tier=NAME", "--disasm FILE", "--help", "--version", "task test [DIR]", "task bench",
                "--iterations N", "--tiers A,B", "--quick", "MINO_DEBUG")) {
            assertTrue(Invocation.USAGE.contains(option), option);
        }
    }

    @Test void allowFlag() {
        assertEquals(List.of("java.net", "java.util.regex"), Invocation.parse("--allow=java.net, java.util.regex", "-e", "1").allow());
        assertUsage("--allow needs Java package or class names", "--allow=");
        assertUsage("--allow: not a package or class name: java..net", "--allow=java..net");
    }

    @Test void jitModeFlag() {
        assertEquals("on", Invocation.parse("--jit=on", "-e", "1").jit());
        assertEquals("off", Invocation.parse("--jit=OFF", "-e", "1").jit());
        assertEquals(null, Invocation.parse("-e", "1").jit());
        assertUsage("--jit needs auto, on or off, got fast", "--jit=fast");
        assertUsage("--jit needs auto, on or off, got nothing", "--jit=");
        assertEquals("25", Invocation.parse("--jit-threshold=25", "-e", "1").jitThreshold());
        assertUsage("--jit-threshold needs a whole number >= 1, got -3", "--jit-threshold=-3");
        assertUsage("--jit-threshold needs a whole number >= 1, got x", "--jit-threshold=x");
        assertEquals(new Invocation.ShowJitCapability(), Invocation.parse("--jit=on", "--jit-capability").action());
    }

    @Test void nreplServesOnAFreePortOrTheOneGiven() {
        assertEquals(new Invocation.StartNrepl(0), Invocation.parse("nrepl").action());
        assertEquals(new Invocation.StartNrepl(7888), Invocation.parse("nrepl", "--port", "7888").action());
        Invocation inv = Invocation.parse("--tier=treewalk", "-e", "(def x 1)", "nrepl", "--port=7888");
        assertEquals(new Invocation.StartNrepl(7888), inv.action());
        assertEquals(List.of("(def x 1)"), inv.evals());
        assertEquals(new RunFile(Path.of("./nrepl"), List.of()), Invocation.parse("./nrepl").action());
        assertUsage("--port needs a port number 0-65535", "nrepl", "--port", "http");
        assertUsage("--port needs a value", "nrepl", "--port");
        assertUsage("unknown nrepl option: --host", "nrepl", "--host", "0.0.0.0");
        assertTrue(Invocation.USAGE.contains("nrepl [--port N]"));
    }

    private static void assertUsage(String expectedPart, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> Invocation.parse(args));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
