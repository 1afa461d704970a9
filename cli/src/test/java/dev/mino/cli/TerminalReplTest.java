package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole REPL (a real mino state, JLine's line reader) on an in-memory terminal: keys are typed through a
 * pipe, as a user types them (Ctrl-C included: the terminal turns it into its INT signal), and everything the
 * REPL writes, values and errors alike, lands on the terminal's screen. The terminal is an xterm, not a dumb
 * one, because JLine completes nothing on a dumb terminal.
 */
class TerminalReplTest {
    private static final String PROMPT = "user=> ";
    private static final Pattern CONTROL = Pattern.compile("\u001b(\\[[0-9;?]*[A-Za-z]|[=>])|\r");
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Terminal terminal;
    private final Future<?> repl;
    /** How much of the screen the test has looked at: {@link #awaitScreen} reads what came after. */
    private int seen;

    TerminalReplTest() throws IOException, InterruptedException {
        terminal = TerminalBuilder.builder().system(false).type("xterm").size(new Size(100, 40))
                .streams(new PipedInputStream(keys), screen).encoding(StandardCharsets.UTF_8).build();
        PrintWriter out = new PrintWriter(terminal.writer(), true);
        Evaluator evaluator = MinoStateEvaluator.create(MinoOptions.defaults().withCommandLineGrants(), out, out);
        ErrorReporter errors = new ErrorReporter(out, MinoState::describeError, false);
        TerminalLineSource lines = TerminalLineSource.over(terminal, null);
        repl = thread.submit(() -> {
            try (lines) {
                new Repl(evaluator, lines, out, errors).run();
            }
        });
        awaitScreen(PROMPT);
    }

    @AfterEach void close() {
        repl.cancel(true);
        thread.shutdownNow();
    }

    @Test void lastValuesAndErrorAreStarOneTwoThreeAndStarE() throws Exception {
        enter("(+ 1 2)", "3");
        enter(":a", ":a");
        enter("\"s\"", "\"s\"");
        enter("[*1 *2 *3]", "[\"s\" :a 3]");
        enter("(/ 1 0)", "REPL:1:1: ArithmeticException: Divide by zero");
        enter("(class *e)", "java.lang.ArithmeticException");
        // An error leaves *1 as it was; a value moves it along.
        enter("*1", "java.lang.ArithmeticException");
    }

    @Test void ctrlCStopsALoopAndTheReplGoesOn() throws Exception {
        type("(do (println \"looping\") (loop [] (recur)))\n");
        // The printed line, not the echo of the input (which says "looping" too): a Ctrl-C the line reader
        // still sees is its own (it interrupts the reading thread), not the evaluation's.
        awaitScreen("\nlooping\n");
        type("\u0003");
        awaitScreen("evaluation stopped: interrupted\n" + PROMPT);
        enter("(inc 41)", "42");
    }

    @Test void anEndlessSeqIsPrintedWhileItIsProducedUntilCtrlC() throws Exception {
        type("(range)\n");
        awaitScreen("(0 1 2 3 4 5 6 7 8 9 10");
        type("\u0003");
        awaitScreen("evaluation stopped: interrupted\n" + PROMPT);
        enter("(set! *print-length* 5)", "5");
        enter("(range)", "(0 1 2 3 4 ...)");
    }

    @Test void tabCompletesAnAliasedVar() throws Exception {
        enter("(require '[clojure.string :as str])", "nil");
        type("(str/jo\t");
        awaitScreen("(str/join ");
        // The line now calls str/join: what it evaluates to says so.
        enter("\"-\" [1 2])", "\"1-2\"");
    }

    @Test void docSourceAproposAndDirAreReferred() throws Exception {
        enter("(doc map)", "-------------------------\nclojure.core/map\n([f] [f coll]");
        enter("(source when)", "(defmacro when\n");
        enter("(apropos \"reduce-k\")", "(clojure.core/reduce-kv)");
        enter("(dir clojure.string)", "blank?\ncapitalize\nends-with?\n");
    }

    @Test void pstPrintsTheLastErrorWithItsMinoFrames() throws Exception {
        enter("(defn f [x] (/ x 0))", "#'user/f");
        enter("(defn g [x] (inc (f x)))", "#'user/g");
        enter("(g 1)", "Divide by zero");
        enter("(pst)", "ArithmeticException Divide by zero\n\tuser/f (REPL:1:13)\n\tuser/g (REPL:1:18)\n");
    }

    @Test void ctrlCTwiceAtAnEmptyPromptExits() throws Exception {
        type("\u0003");
        awaitScreen(Repl.EXIT_HINT + "\n" + PROMPT);
        type("\u0003");
        repl.get(10, TimeUnit.SECONDS);
    }

    @Test void ctrlDAtAnEmptyPromptExits() throws Exception {
        type("\u0004");
        repl.get(10, TimeUnit.SECONDS);
        assertTrue(repl.isDone());
    }

    @Test void somethingTypedBetweenTwoCtrlCsKeepsTheReplRunning() throws Exception {
        type("\u0003");
        awaitScreen(Repl.EXIT_HINT + "\n" + PROMPT);
        enter("1", "1");
        type("\u0003");
        awaitScreen(Repl.EXIT_HINT + "\n" + PROMPT);
        assertEquals(false, repl.isDone());
    }

    /** Types line and Enter, and waits for expected and the next prompt after it. */
    private void enter(String line, String expected) throws Exception {
        type(line + "\n");
        awaitScreen(expected);
        awaitScreen(PROMPT);
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** The screen's text without the terminal's control sequences (cursor moves, modes) and carriage returns. */
    private String shown() {
        return CONTROL.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("");
    }

    /** Waits until expected shows on the screen after what the test has seen, and moves past it. */
    private void awaitScreen(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String text = shown();
            int at = text.indexOf(expected, seen);
            if (at >= 0) {
                seen = at + expected.length();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("screen never showed " + expected + " after: " + text.substring(seen));
            }
            Thread.sleep(5);
        }
    }
}
