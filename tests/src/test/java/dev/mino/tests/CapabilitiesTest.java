package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capabilities besides interop and files (issue 15): the process's standard streams, threads, and
 * clojure.core's private implementation. Each is off in an embedded state, with an error that names the grant.
 */
class CapabilitiesTest {
    static String denied(MinoState s, String src) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src), src);
        return MinoState.describeError(e);
    }

    @Test
    void theStandardStreamsAreTheEmbeddersToGive() {
        MinoState s = Mino.newState();
        assertTrue(denied(s, "(println \"hi\")").contains("Denied: writing to the process's standard output"));
        assertTrue(denied(s, "(println \"hi\")").contains("MinoOptions.withStdio(true)"));
        assertTrue(denied(s, "(binding [*out* *err*] (println \"hi\"))").contains("standard error output"));
        assertTrue(denied(s, "(read-line)").contains("Denied: reading the process's standard input"));
        assertEquals("hi\n", s.eval("(with-out-str (println \"hi\"))"), "output captured in the script is its own");
        assertEquals("typed", s.eval("(with-in-str \"typed\" (read-line))"));

        StringWriter out = new StringWriter();
        s.setOut(out);
        s.setIn(new StringReader("a line\n"));
        s.eval("(println (read-line))");
        assertEquals("a line\n", out.toString(), "the embedder's streams need no grant");
    }

    @Test
    void systemStreamsNeedTheGrantEvenWhereJavaLangIsGranted() {
        MinoState s = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang", "java.io")));
        assertTrue(denied(s, "(.println System/out \"x\")").contains("java.lang.System.out reaches the process's standard streams"));
        assertTrue(denied(s, "(.read System/in)").contains("MinoOptions.withStdio(true)"));
        assertTrue(denied(s, "(System/console)").contains("Java interop denied"));
        MinoState granted = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")).withStdio(true));
        assertEquals(true, granted.eval("(instance? java.io.PrintStream System/err)"));
    }

    @Test
    void threadsAreCountedAndBounded() {
        MinoState none = Mino.newState();
        assertTrue(denied(none, "(future 1)").contains("Denied: starting a future (this state may not start threads"));
        assertTrue(denied(none, "(doall (pmap inc [1 2 3]))").contains("MinoOptions.withThreads(n)"));

        MinoState two = Mino.newState(MinoOptions.defaults().withThreads(2));
        two.eval("(def gate (promise)) (def a (future @gate)) (def b (future @gate))");
        assertTrue(denied(two, "(future 3)").contains("already runs 2 threads, its bound"));
        two.eval("(deliver gate :go) @a @b");
        assertEquals(List.of(1L, 2L, 3L), List.copyOf((java.util.Collection<?>) two.eval("(mapv deref [(future 1) (future 2)]) (mapv #(deref (future %)) [1 2 3])")),
                "finished futures give their threads back");
        two.eval("(def slow (future (Thread/sleep 60000)))".replace("(Thread/sleep 60000)", "@(promise)"));
        two.eval("(future-cancel slow)");
        assertEquals(7L, waitForThread(two), "a cancelled future gives its thread back");
    }

    private static Object waitForThread(MinoState s) {
        for (int i = 0; ; i++) {
            try {
                return s.eval("@(future 7)");
            } catch (RuntimeException e) {
                if (i > 200) throw e;
                try { Thread.sleep(10); } catch (InterruptedException ie) { throw new AssertionError(ie); }
            }
        }
    }

    @Test
    void threadsOfTheirOwnAreProcessControl() {
        MinoState s = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")).withThreads(4));
        assertTrue(denied(s, "(.start (Thread.))").contains("java.lang.Thread.start reaches the whole process"));
        assertTrue(denied(s, "(Thread/ofVirtual)").contains("MinoOptions.withProcessControl(true)"));
        assertTrue(denied(s, "(Thread/ofPlatform)").contains("Java interop denied"));
    }

    @Test
    void aJavaLangGrantDoesNotReflect() {
        MinoState s = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")));
        assertTrue(denied(s, "(Class/forName \"java.lang.Runtime\")").contains("java.lang.Class.forName reflects on classes"));
        assertTrue(denied(s, "(.newInstance (class (Object.)))").contains("it needs java.lang.reflect granted itself"));
        assertTrue(denied(s, "(.getDeclaredMethods (class \"x\"))").contains("reflects on classes"));
        assertTrue(denied(s, "(.loadClass (ClassLoader/getSystemClassLoader) \"java.net.Socket\")").contains("reflects on classes"));
        assertTrue(denied(s, "(.getContextClassLoader (Thread/currentThread))").contains("reflects on classes"));
        assertTrue(denied(s, "(System/getenv \"HOME\")").contains("java.lang.System.getenv reaches the whole process"));
        assertEquals("java.lang.String", s.eval("(.getName (class \"x\"))"), "naming a class is no reflection");
        MinoState reflecting = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang", "java.lang.reflect")));
        assertEquals("java.lang.Runtime", reflecting.eval("(.getName (Class/forName \"java.lang.Runtime\"))"));
    }

    @Test
    void coresPrivateVarsAreTheLibrarysOwn() {
        MinoState s = Mino.newState();
        assertEquals(3L, s.eval("(locking :x (+ 1 2))"), "the macro may expand into them");
        for (String attack : List.of("(clojure.core/run-locked 1 (fn [] 3))", "(#'clojure.core/run-locked 1 (fn [] 3))",
                "(in-ns 'clojure.core) (run-locked 1 (fn [] 3))", "(clojure.core/in-ns 'user) (eval (list (first (macroexpand '(locking 1 2))) 1 (fn [] 3)))",
                "(intern 'clojure.core 'run-locked (fn [& _]))", "(defmacro m [] `(clojure.core/-set-field! 1 0 2)) (m)")) {
            assertTrue(denied(s, attack).contains("is not public"), attack);
            s.eval("(in-ns 'user)");
        }
        assertEquals(List.of(), List.copyOf((java.util.Collection<?>) s.eval(
                "(vec (keep #(when (or (resolve (symbol \"clojure.core\" (name %))) (find-var (symbol \"clojure.core\" (name %)))) %)"
                        + " '[run-locked -set-field! set-macro! -construct import*]))")), "reflection does not show them");
        assertFalse((Boolean) s.eval("(contains? (ns-interns 'clojure.core) 'run-locked)"));
        s.eval("(defn- mine [] 42) (ns other) (def got (#'user/mine))");
        assertEquals(42L, s.eval("other/got"), "as in Clojure, #' reaches another namespace's private var");
    }

    @Test
    void aLinkInsideAGrantedDirectoryDoesNotLeadOutOfIt(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(Files.createTempFile("mino-outside", ".txt"), "outside");
        try {
            Path link = Files.createSymbolicLink(dir.resolve("link.txt"), outside);
            Path linkedDir = Files.createSymbolicLink(dir.resolve("up"), outside.getParent());
            MinoState s = Mino.newState(MinoOptions.defaults().withFileAccess(dev.mino.runtime.embed.FileAccess.under(List.of(dir))));
            assertTrue(denied(s, "(slurp \"" + link + "\")").contains("Denied: reading the file"));
            assertTrue(denied(s, "(spit \"" + linkedDir.resolve("new.txt") + "\" \"x\")").contains("Denied: writing the file"));
            assertFalse(Files.exists(outside.getParent().resolve("new.txt")));
            s.eval("(spit \"" + dir.resolve("ok.txt") + "\" \"ok\")");
            assertEquals("ok", Files.readString(dir.resolve("ok.txt")));
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
