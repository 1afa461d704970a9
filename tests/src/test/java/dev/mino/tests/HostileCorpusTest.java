package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripts an embedder did not write, run in a state with no grants (issue 15's hostile corpus, growing): each
 * is refused with a mino error, the JVM keeps running, and nothing is written. Attacks on the state's own
 * definitions (redefining its clojure.core fns, implementing Java interfaces in mino) are allowed, as in
 * Clojure, and cannot reach further: InteropTrustTest covers what they could otherwise steer.
 */
class HostileCorpusTest {
    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "mino-hostile-corpus-marker");

    @ParameterizedTest
    @ValueSource(strings = {
            // interop: reflection and class loading
            "(.getClass 1)",
            "(Class/forName \"java.lang.Runtime\")",
            "(.invoke (.getMethod (.getClass \"\") \"length\" (into-array Class [])) \"\" (into-array Object []))",
            "(import 'java.net.Socket) (Socket. \"127.0.0.1\" 9)",
            "(ns evil (:import [java.lang Runtime])) (Runtime/getRuntime)",
            "(dev.mino.runtime.lang.Var. nil nil)",
            "(.bindRoot #'clojure.core/+ -)",
            "(.start (Thread.))",
            "(.write *out* \"x\")",
            "(print-method 1 (java.io.StringWriter.))",
            // the process
            "(System/exit 0)",
            "(java.lang.Runtime/getRuntime)",
            "(.exec (Runtime/getRuntime) \"true\")",
            "(System/getenv)",
            "(System/getProperty \"user.home\")",
            "(.. System (getProperties))",
            // code evaluated on the way
            "(eval '(System/exit 1))",
            "(load-string \"(System/exit 1)\")",
            "(read-string \"#=(java.lang.System/exit 1)\")",
            "(binding [*read-eval* true] (read-string \"#=(java.lang.System/exit 1)\"))",
            "@(future (System/exit 1))",
            // files and the network
            "((resolve 'clojure.core/slurp) \"/etc/passwd\")",
            "(apply slurp [\"/etc/passwd\"])",
            "(slurp \"/proc/self/environ\")",
            "(slurp \"file:///etc/passwd\")",
            "(slurp \"http://127.0.0.1:9/\")",
            "(slurp (java.net.URL. \"http://127.0.0.1:9\"))",
            "(java.io.File. \"/etc/passwd\")",
            "@(future (slurp \"/etc/passwd\"))",
            "(load-file \"/etc/hostname\")",
            "(require \"/etc/hostname\")",
            "(spit \"MARKER\" \"x\")",
    })
    void isRefused(String attack) throws Exception {
        Files.deleteIfExists(MARKER);
        MinoState s = Mino.newState();
        s.setOut(new StringWriter());
        Throwable e = assertThrows(Throwable.class, () -> s.eval(attack.replace("MARKER", MARKER.toString().replace("\\", "\\\\"))));
        String message = MinoState.describeError(e);
        assertTrue(message.contains("denied") || message.contains("Denied") || message.contains("EvalReader not allowed")
                        || message.contains("read-eval"), attack + " => " + message);
        assertFalse(Files.exists(MARKER), "nothing written");
        assertEquals(3L, s.eval("(+ 1 2)"), "the state works on");
    }
}
