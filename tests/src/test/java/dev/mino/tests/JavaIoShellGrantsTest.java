package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.FileAccess;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * clojure.java.io and clojure.java.shell in an embedded state: every file through the state's FileAccess, URLs
 * through its network grant, sh through its process-control grant; each refusal names the grant.
 */
class JavaIoShellGrantsTest {
    private static final String FILE_GRANT = "MinoOptions.withFileAccess";
    private static final String PROCESS_GRANT = "MinoOptions.withProcessControl(true)";

    @TempDir
    Path dir;

    private static String denied(MinoState s, String src) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src), src);
        return MinoState.describeError(e);
    }

    private static void assertDenied(MinoState s, String src, String what, String grant) {
        String message = denied(s, src);
        assertTrue(message.contains(what) && message.contains(grant), src + ": " + message);
    }

    private static String quoted(Path p) {
        return '"' + p.toString().replace("\\", "\\\\") + '"';
    }

    @Test
    void anEmbeddedStateOpensNoFileThroughJavaIo() throws Exception {
        MinoState s = Mino.newState();
        StringWriter out = new StringWriter();
        s.setOut(out);
        s.eval("(require '[clojure.java.io :as io])");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret text");
        String read = denied(s, "(io/reader " + quoted(secret) + ")");
        assertTrue(read.contains("Denied: reading the file " + secret) && read.contains(FILE_GRANT), read);
        assertFalse(read.contains("the secret text"), "the file's content must not leak into the error");
        assertDenied(s, "(io/input-stream (io/file " + quoted(secret) + "))", "Denied: reading the file", FILE_GRANT);
        assertDenied(s, "(io/reader (io/as-url (io/file " + quoted(secret) + ")))", "Denied: reading the file", FILE_GRANT);
        assertDenied(s, "(io/copy (io/file " + quoted(secret) + ") *out*)", "Denied: reading the file", FILE_GRANT);
        assertDenied(s, "(#'clojure.java.io/open-reader " + quoted(secret) + " nil)", "Denied: reading the file", FILE_GRANT);
        assertDenied(s, "(slurp (io/resource \"clojure/java/io.clj\"))", "Denied: reading the file", FILE_GRANT);
        assertDenied(s, "(io/reader \"http://127.0.0.1:9/\")", "Denied: opening the URL", "MinoOptions.withFileAccess(new FileAccess(..., true))");

        Path target = dir.resolve("written.txt");
        assertDenied(s, "(io/writer " + quoted(target) + ")", "Denied: writing the file", FILE_GRANT);
        assertDenied(s, "(io/copy \"x\" (io/file " + quoted(target) + "))", "Denied: writing the file", FILE_GRANT);
        assertFalse(Files.exists(target), "nothing written");
        assertDenied(s, "(io/delete-file " + quoted(secret) + ")", "Denied: writing the file", FILE_GRANT);
        assertTrue(Files.exists(secret), "nothing deleted");
        assertDenied(s, "(io/make-parents " + quoted(dir.resolve("a/b/c.txt")) + ")", "Denied: writing the file", FILE_GRANT);
        assertFalse(Files.exists(dir.resolve("a")), "no directory made");

        assertEquals("", out.toString());
        assertEquals("chars", s.eval("(slurp (io/reader (char-array \"chars\")))"), "what is no file opens");
    }

    @Test
    void aDirectoryGrantReachesThatDirectoryOnly() throws Exception {
        MinoState s = Mino.newState(MinoOptions.defaults().withFileAccess(FileAccess.under(List.of(dir))));
        s.eval("(require '[clojure.java.io :as io])");
        Path inside = dir.resolve("in.txt");
        s.eval("(with-open [w (io/writer " + quoted(inside) + ")] (io/copy \"inside\" w))");
        assertEquals("inside", s.eval("(slurp (io/reader " + quoted(inside) + "))"));
        s.eval("(io/copy (io/file " + quoted(inside) + ") (io/file " + quoted(dir.resolve("copy.txt")) + "))");
        assertEquals("inside", Files.readString(dir.resolve("copy.txt")));
        assertEquals(true, s.eval("(io/make-parents " + quoted(dir.resolve("p/q/r.txt")) + ")"));
        assertTrue(Files.isDirectory(dir.resolve("p/q")));
        assertEquals(true, s.eval("(io/delete-file " + quoted(dir.resolve("copy.txt")) + ")"));

        Path outside = Files.writeString(Files.createTempFile("mino-outside", ".txt"), "outside");
        try {
            Path link = Files.createSymbolicLink(dir.resolve("link.txt"), outside);
            assertDenied(s, "(io/reader " + quoted(outside) + ")", "Denied: reading the file", FILE_GRANT);
            assertDenied(s, "(io/reader " + quoted(link) + ")", "Denied: reading the file", FILE_GRANT);
            assertDenied(s, "(io/copy (io/file " + quoted(outside) + ") (io/file " + quoted(inside) + "))", "Denied: reading the file", FILE_GRANT);
            assertEquals("inside", Files.readString(inside), "a denied input leaves the output as it was");
            assertDenied(s, "(io/copy (io/file " + quoted(inside) + ") (io/file " + quoted(outside) + "))", "Denied: writing the file", FILE_GRANT);
            assertDenied(s, "(io/output-stream " + quoted(dir.resolve("../escaped.txt")) + ")", "Denied: writing the file", FILE_GRANT);
            assertDenied(s, "(io/delete-file " + quoted(outside) + ")", "Denied: writing the file", FILE_GRANT);
            assertDenied(s, "(io/reader \"http://127.0.0.1:9/\")", "Denied: opening the URL", "FileAccess(..., true)");
            assertEquals("outside", Files.readString(outside), "the file outside is untouched");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void shNeedsTheProcessControlGrant() {
        Path marker = dir.resolve("ran");
        String program = "(clojure.java.shell/sh \"touch\" " + quoted(marker) + ")";
        MinoState none = Mino.newState();
        none.eval("(require 'clojure.java.shell)");
        assertDenied(none, program, "Denied: clojure.java.shell/sh starts a process", PROCESS_GRANT);
        MinoState allButProcesses = Mino.newState(MinoOptions.defaults().withCommandLineGrants().withProcessControl(false));
        allButProcesses.eval("(require 'clojure.java.shell)");
        assertDenied(allButProcesses, program, "Denied: clojure.java.shell/sh starts a process", PROCESS_GRANT);
        assertFalse(Files.exists(marker), "no process ran");
    }

    @Test
    void shRunsWithTheGrantAndItsInputFileIsStillChecked() throws Exception {
        MinoState s = Mino.newState(MinoOptions.defaults().withProcessControl(true));
        s.eval("(require '[clojure.java.shell :refer [sh]] '[clojure.java.io :as io])");
        assertEquals("hi\n", s.eval("(:out (sh \"echo\" \"hi\"))"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the secret text");
        assertDenied(s, "(sh \"cat\" :in (io/file " + quoted(secret) + "))", "Denied: reading the file", FILE_GRANT);
    }

    @Test
    void aDeadlineStopsShAndItsProcess() {
        MinoState s = Mino.newState(MinoOptions.defaults().withProcessControl(true));
        s.eval("(require 'clojure.java.shell)");
        // Had sh waited for its process, the eval would have answered sh's result instead of throwing.
        assertThrows(EvalCancelledException.class, () -> s.eval("(clojure.java.shell/sh \"sleep\" \"30\")", Duration.ofMillis(200)));
        List<ProcessHandle> sleeping = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/sleep")).orElse(false)).toList();
        for (ProcessHandle p : sleeping) {
            assertDoesNotThrow(() -> p.onExit().get(10, TimeUnit.SECONDS), "the killed process ends");
        }
        assertEquals(3L, s.eval("(+ 1 2)"), "the state works on");
    }
}
