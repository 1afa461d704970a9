package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.FileAccess;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and URLs are capabilities (issue 15): an embedded state has none unless its embedder grants them. */
class FileAccessTest {
    @TempDir
    Path dir;

    static String denied(MinoState s, String src) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src));
        return MinoState.describeError(e);
    }

    @Test
    void anEmbeddedStateReadsAndWritesNothing() throws Exception {
        MinoState s = Mino.newState();
        Path secret = Files.writeString(dir.resolve("secret.clj"), "(def leaked \"the secret text\")");
        assertTrue(denied(s, "(slurp \"/etc/passwd\")").contains("Denied: reading the file /etc/passwd"));
        String loadFile = denied(s, "(load-file \"" + secret + "\")");
        assertTrue(loadFile.contains("Denied: reading the file"), loadFile);
        assertFalse(loadFile.contains("the secret text"), "the file's content must not leak into the error");
        Path target = dir.resolve("written.txt");
        assertTrue(denied(s, "(spit \"" + target + "\" \"y\")").contains("Denied: writing the file"));
        assertFalse(Files.exists(target), "nothing written");
        assertTrue(denied(s, "(slurp \"http://127.0.0.1:9/\")").contains("Denied: opening the URL http://127.0.0.1:9/"));
        assertTrue(denied(s, "(slurp \"file:///etc/passwd\")").contains("Denied: reading the file /etc/passwd"));
        assertTrue(denied(s, "(require \"" + dir.resolve("secret") + "\")").contains("Denied: reading the file"));
        assertEquals("still works", s.eval("(str \"still \" \"works\")"));
    }

    @Test
    void grantsOpenExactlyTheirDirectories() throws Exception {
        MinoState s = Mino.newState(MinoOptions.defaults().withFileAccess(FileAccess.under(List.of(dir))));
        Path inside = dir.resolve("note.txt");
        s.eval("(spit \"" + inside + "\" \"hello\")");
        assertEquals("hello", s.eval("(slurp \"" + inside + "\")"));
        assertTrue(denied(s, "(slurp \"" + dir.resolve("../outside.txt") + "\")").contains("Denied: reading the file"));
        assertTrue(denied(s, "(slurp \"http://127.0.0.1:9/\")").contains("Denied: opening the URL"));
    }

    @Test
    void theEmbeddersOwnLoadFileNeedsNoGrant() throws Exception {
        MinoState s = Mino.newState();
        Path program = Files.writeString(dir.resolve("prog.clj"), "(+ 1 2)");
        assertEquals(3L, s.loadFile(program));
    }
}
