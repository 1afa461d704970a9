package dev.mino.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lines typed at a terminal, with JLine's line editing, Tab completion and a persistent history. */
final class TerminalLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;
    private final NameCompleter completer;

    private TerminalLineSource(Terminal terminal, LineReader reader, NameCompleter completer) {
        this.terminal = terminal;
        this.reader = reader;
        this.completer = completer;
    }

    /** The process's own terminal, with history kept in historyFile. */
    static TerminalLineSource open(Path historyFile) {
        try {
            return over(TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build(), historyFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line source on the given terminal; historyFile may be null for no history file. */
    static TerminalLineSource over(Terminal terminal, Path historyFile) {
        NameCompleter completer = new NameCompleter();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .appName("mino")
                .terminal(terminal)
                .parser(new CodeParser())
                .completer(completer)
                // '!' is common in mino names (swap!, reset!): never treat it as history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // The REPL adds whole forms to the history (see remember), not the lines they were typed on.
                .variable(LineReader.DISABLE_HISTORY, true);
        if (historyFile != null) builder.variable(LineReader.HISTORY_FILE, historyFile);
        return new TerminalLineSource(terminal, builder.build(), completer);
    }

    @Override public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new CancelledException(e.getPartialLine());
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /**
     * Ctrl-C raises INT on the terminal (the process's SIGINT, for the system terminal). While a line is read,
     * the line reader takes it (the line is cancelled); otherwise action runs.
     */
    @Override public void onInterrupt(Runnable action) {
        terminal.handle(Terminal.Signal.INT, signal -> action.run());
    }

    @Override public void completeWith(Function<String, List<String>> names) {
        completer.use(names);
    }

    /** A form typed over several lines comes back from the history as one entry, to edit and run again. */
    @Override public void remember(String input) {
        reader.setVariable(LineReader.DISABLE_HISTORY, false);
        try {
            reader.getHistory().add(input);
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
        }
    }

    @Override public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
