package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JLine line source on an in-memory terminal: keys are fed through a pipe, as a user would type them. */
class TerminalLineSourceTest {
    private static final String PROMPT = "p> ";
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final Terminal terminal;
    private final TerminalLineSource lines;

    TerminalLineSourceTest() throws IOException {
        terminal = TerminalBuilder.builder().system(false).type("dumb")
                .streams(new PipedInputStream(keys), screen).encoding(StandardCharsets.UTF_8).build();
        lines = TerminalLineSource.over(terminal, null);
    }

    @AfterEach void close() {
        reader.shutdownNow();
        lines.close();
    }

    @Test void returnsTypedLinesVerbatim() throws Exception {
        // ' " \ and ! are shell syntax to JLine's defaults; in mino they are quote, strings, characters and names.
        assertEquals("(swap! a conj 'x \"y\" \\z)", typeLine("(swap! a conj 'x \"y\" \\z)\n"));
        assertEquals("(str \"unclosed", typeLine("(str \"unclosed\n"));
    }

    @Test void ctrlCCancelsTheLine() throws Exception {
        Future<String> line = reader.submit(() -> lines.readLine(PROMPT));
        awaitScreen(PROMPT);
        type("(half");
        awaitScreen(PROMPT + "(half");
        type("\u0003");
        ExecutionException e = assertThrows(ExecutionException.class, () -> line.get(10, TimeUnit.SECONDS));
        assertEquals(LineSource.CancelledException.class, e.getCause().getClass());
    }

    @Test void historyHoldsWholeFormsNotTheirLines() throws Exception {
        typeLine("(inc\n");
        typeLine("1)\n");
        lines.remember("(inc\n1)");
        // Ctrl-P (previous history entry) recalls the whole form, which Enter then returns in one piece.
        assertEquals("(inc\n1)", typeLine("\u0010\n"));
    }

    @Test void ctrlDOnAnEmptyLineEndsInput() throws Exception {
        assertNull(typeLine("\u0004"));
    }

    private String typeLine(String keysTyped) throws Exception {
        Future<String> line = reader.submit(() -> lines.readLine(PROMPT));
        awaitScreen(PROMPT);
        type(keysTyped);
        return line.get(10, TimeUnit.SECONDS);
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Keys reach JLine's signal handling only while readLine runs, so wait for its prompt (and echo) first. */
    private void awaitScreen(String expectedEnd) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!screen.toString(StandardCharsets.UTF_8).endsWith(expectedEnd)) {
            if (System.nanoTime() > deadline) throw new AssertionError("screen never showed " + expectedEnd + ": " + screen);
            Thread.sleep(5);
        }
    }
}
