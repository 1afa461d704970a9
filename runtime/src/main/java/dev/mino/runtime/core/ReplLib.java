package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;
import dev.mino.runtime.reader.SourceLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What clojure.repl needs from Java: the text of the form at a position of a source file (source-fn), and
 * the mino frames an error passed through (pst). Private vars of clojure.repl.
 */
final class ReplLib {
    private ReplLib() {}

    static void install(NativeNamespace ns) {
        Evaluator ev = ns.evaluator();
        ns.privateFn("form-text", "[file line column]").a3((file, line, column) ->
                formText(ev, (String) file, (int) Numbers.toLong(line), (int) Numbers.toLong(column)));
        ns.privateFn("stack-frames", "[e]").a1(e -> stackFrames(ev, (Throwable) e));
    }

    /** The text of the form starting at line:column of file, or null when the file or the form cannot be read. */
    static String formText(Evaluator ev, String file, int line, int column) {
        String text = sourceText(ev, file);
        int start = text == null ? -1 : new SourceLines(text).offset(line, column);
        if (start < 0 || start > text.length()) return null;
        String rest = text.substring(start);
        LispReader reader = new LispReader(rest, file, ReaderContext.STANDALONE);
        try {
            if (reader.read() == LispReader.EOF) return null;
        } catch (MinoException e) {
            return null;
        }
        return rest.substring(0, new SourceLines(rest).offset(reader.line(), reader.column()));
    }

    /**
     * The source of a library the state loaded from the classpath (only those: a var's :file can be set to any
     * name, and the classpath's other resources are the embedder's), else a file the state may read; null for
     * neither (the REPL's own input, say).
     */
    private static String sourceText(Evaluator ev, String file) {
        if (file == null) return null;
        if (ev.loadedResource(file)) {
            try (InputStream in = Evaluator.class.getClassLoader().getResourceAsStream(file)) {
                if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
        return readableFile(ev, file);
    }

    private static String readableFile(Evaluator ev, String file) {
        try {
            Path p = Path.of(file);
            ev.files().checkRead(p);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (MinoException | InvalidPathException | IOException e) {
            // Not the state's to read, or not there: the source is not found, as for a form typed at the REPL.
            return null;
        }
    }

    /** The tier's frames of e, innermost first; failing those, e's own position, when known. */
    private static PersistentVector stackFrames(Evaluator ev, Throwable e) {
        List<String> frames = ev.engine().frames(e);
        if (!frames.isEmpty()) return PersistentVector.fromList(frames);
        SourcePosition pos = SourcePosition.of(e);
        return pos == null ? PersistentVector.EMPTY : PersistentVector.of(pos.toString());
    }
}
