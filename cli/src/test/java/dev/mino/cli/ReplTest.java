package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REPL loop driven by piped input, as `echo ... | mino` drives it. */
class ReplTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final PrintWriter outWriter = new PrintWriter(out);
    private final FakeEvaluator evaluator = new FakeEvaluator(outWriter);

    @Test void printsEachValueAfterThePrompt() {
        runPiped("1\n(2)\nnil\n");
        assertEquals("user=> 1\nuser=> 2\nuser=> nil\nuser=> ", out.toString());
        assertEquals("", err.toString());
    }

    @Test void everyValueOfALineIsPrinted() {
        runPiped("1 2\n");
        assertEquals("user=> 1\n2\nuser=> ", out.toString());
    }

    @Test void aLastLineWithoutNewlineIsStillEvaluated() {
        runPiped("1\n42");
        assertEquals("user=> 1\nuser=> 42\nuser=> ", out.toString());
    }

    @Test void unfinishedFormsContinueOnTheNextLine() {
        runPiped("(\n(\n7))\n8\n");
        assertEquals("user=>   #_=>   #_=> 7\nuser=> 8\nuser=> ", out.toString());
        assertEquals(List.of("REPL|(\n", "REPL|(\n(\n", "REPL|(\n(\n7))\n", "REPL|8\n"), evaluator.evaluated);
    }

    @Test void anErrorIsOneLineAndTheLoopGoesOn() {
        runPiped("(boom)\n5\n");
        assertEquals("user=> user=> 5\nuser=> ", out.toString());
        assertEquals("REPL:1:1: boom\n", err.toString());
    }

    @Test void blankLinesAreNotEvaluated() {
        runPiped("\n   \n3\n");
        assertEquals("user=> user=> user=> 3\nuser=> ", out.toString());
        assertEquals(List.of("REPL|3\n"), evaluator.evaluated);
    }

    @Test void thePromptFollowsTheCurrentNamespace() {
        runPiped("(in-ns 'my.app)\n(\n1)\n");
        assertEquals("user=> nil\nmy.app=>     #_=> 1\nmy.app=> ", out.toString());
    }

    @Test void outputOfTheProgramComesBeforeTheValue() {
        runPiped("(say hello) 4\n");
        assertEquals("user=> hello\nnil\n4\nuser=> ", out.toString());
    }

    @Test void inputEndingInsideAFormReportsTheReaderError() {
        runPiped("1\n(\n");
        assertEquals("user=> 1\nuser=>   #_=> ", out.toString());
        assertEquals("REPL:1:1: EOF while reading\n", err.toString());
    }

    @Test void cancellingDropsThePendingInput() {
        ScriptedLines lines = new ScriptedLines("(", "(", ScriptedLines.CANCEL, "9");
        repl(lines).run();
        assertEquals(List.of("REPL|(\n", "REPL|(\n(\n", "REPL|9\n"), evaluator.evaluated);
        assertEquals(List.of("user=> ", "  #_=> ", "  #_=> ", "user=> ", "user=> "), lines.prompts);
        assertEquals("9\n", out.toString());
    }

    @Test void completeInputsAreRememberedWholeAndCancelledOnesNot() {
        ScriptedLines lines = new ScriptedLines("(", "1)", "(", ScriptedLines.CANCEL, "", "(boom)");
        repl(lines).run();
        assertEquals(List.of("(\n1)", "(boom)"), lines.remembered);
    }

    @Test void anInterruptedEvaluationEndsItsLineAndTheLoopGoesOn() {
        runPiped("(stopped)\n1\n");
        assertEquals("user=> \nuser=> 1\nuser=> ", out.toString());
        assertEquals("REPL:1:1: evaluation stopped: interrupted\n", err.toString());
    }

    @Test void ctrlCTwiceAtAnEmptyPromptEndsTheLoop() {
        ScriptedLines lines = new ScriptedLines(ScriptedLines.CANCEL, ScriptedLines.CANCEL, "1");
        repl(lines).run();
        assertEquals(Repl.EXIT_HINT + "\n", out.toString());
        assertEquals(List.of(), evaluator.evaluated);
    }

    @Test void onlyConsecutiveCtrlCsAtAnEmptyPromptEndTheLoop() {
        ScriptedLines lines = new ScriptedLines(ScriptedLines.CANCEL, "1", ScriptedLines.CANCEL, "(", ScriptedLines.CANCEL,
                ScriptedLines.CANCEL, "2");
        repl(lines).run();
        // The Ctrl-C that drops "(" is not at an empty prompt: it neither hints nor counts.
        assertEquals(Repl.EXIT_HINT + "\n1\n" + Repl.EXIT_HINT + "\n" + Repl.EXIT_HINT + "\n2\n", out.toString());
        assertEquals(List.of("REPL|1\n", "REPL|(\n", "REPL|2\n"), evaluator.evaluated);
    }

    @Test void stackOverflowIsReportedAndTheLoopGoesOn() {
        Evaluator deep = new FakeEvaluator(outWriter) {
            @Override public void evalEach(String src, String sourceName, java.util.function.Consumer<Object> onValue) {
                if (src.startsWith("(deep)")) throw new StackOverflowError();
                super.evalEach(src, sourceName, onValue);
            }
        };
        new Repl(deep, new StreamLineSource(input("(deep)\n1\n"), outWriter), outWriter, reporter()).run();
        assertEquals("user=> user=> 1\nuser=> ", out.toString());
        assertTrue(err.toString().startsWith("java.lang.StackOverflowError"), err.toString());
    }

    private void runPiped(String input) {
        repl(new StreamLineSource(input(input), outWriter)).run();
    }

    private Repl repl(LineSource lines) {
        return new Repl(evaluator, lines, outWriter, reporter());
    }

    /** Describes errors by their message, as the fake writes them: "file:line:col: message". */
    private ErrorReporter reporter() {
        return new ErrorReporter(new PrintWriter(err), t -> t.getMessage() == null ? t.toString() : t.getMessage(), false);
    }

    private static ByteArrayInputStream input(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Lines from a list; CANCEL stands for the user pressing Ctrl-C. */
    private static final class ScriptedLines implements LineSource {
        static final String CANCEL = "<ctrl-c>";
        final List<String> prompts = new ArrayList<>();
        final List<String> remembered = new ArrayList<>();
        private final Deque<String> lines;

        ScriptedLines(String... lines) {
            this.lines = new ArrayDeque<>(List.of(lines));
        }

        @Override public String readLine(String prompt) {
            prompts.add(prompt);
            String line = lines.poll();
            if (CANCEL.equals(line)) throw new CancelledException("");
            return line;
        }

        @Override public void remember(String input) {
            remembered.add(input);
        }

        @Override public void close() {}
    }
}
