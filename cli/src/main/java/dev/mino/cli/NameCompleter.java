package dev.mino.cli;

import java.util.List;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion of the word before the cursor with the names the REPL's session knows. A completed name is
 * followed by a space, except one that goes on: a package or namespace name, which a "." or "/" may follow.
 */
final class NameCompleter implements Completer {
    /** Until the REPL gives it its session's names, there are none. */
    private volatile Function<String, List<String>> names = prefix -> List.of();

    void use(Function<String, List<String>> names) {
        this.names = names;
    }

    @Override public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String prefix = line.word().substring(0, line.wordCursor());
        for (String name : names.apply(prefix)) {
            candidates.add(new Candidate(name, name, null, null, null, null, !goesOn(name)));
        }
    }

    /** A lower-case dotted name without a slash: a package or a namespace, whose members come after it. */
    private static boolean goesOn(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.indexOf('/') < 0 && !name.startsWith(":")
                && dot + 1 < name.length() && Character.isLowerCase(name.charAt(dot + 1));
    }
}
