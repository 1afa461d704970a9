package dev.mino.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Lines typed at a terminal, with JLine's line editing and a persistent history. */
final class TerminalLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    private TerminalLineSource(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
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
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .appName("mino")
                .terminal(terminal)
                .parser(codeParser())
                // '!' is common in mino names (swap!, reset!): never treat it as history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // The REPL adds whole forms to the history (see remember), not the lines they were typed on.
                .variable(LineReader.DISABLE_HISTORY, true);
        if (historyFile != null) builder.variable(LineReader.HISTORY_FILE, historyFile);
        return new TerminalLineSource(terminal, builder.build());
    }

    /**
     * A parser that knows no quoting: the default one treats ' and " as shell quotes and \ as an escape,
     * which means nothing in mino code ('x is a quoted symbol, \a a character).
     */
    private static DefaultParser codeParser() {
        DefaultParser parser = new DefaultParser();
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        return parser;
    }

    @Override public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new CancelledException();
        } catch (EndOfFileException e) {
            return null;
        }
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
