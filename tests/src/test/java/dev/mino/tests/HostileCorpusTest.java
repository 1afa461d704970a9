package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripts an embedder did not write (issue 15's hostile corpus, in hostile-corpus.txt by category), each run in
 * a fresh state with no grants: refused with a mino error saying what was refused, the JVM running on, nothing
 * written, and the state still usable. Attacks on the state's own definitions (redefining clojure.core fns,
 * implementing Java interfaces in mino) are allowed, as in Clojure, and reach no further.
 */
class HostileCorpusTest {
    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "mino-hostile-corpus-marker");

    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(" \\| ", 3))
                    .map(f -> Arguments.of(f[0], f[1], f[2]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("corpus")
    void isRefused(String category, String refusal, String attack) throws Exception {
        Files.deleteIfExists(MARKER);
        MinoState s = Mino.newState();
        String src = attack.replace("MARKER", MARKER.toString().replace("\\", "\\\\"));
        Throwable e = assertThrows(Throwable.class, () -> s.eval(src), attack + " was not refused");
        String message = MinoState.describeError(e);
        assertTrue(message.contains(refusal), attack + " => " + message);
        assertFalse(Files.exists(MARKER), "nothing written");
        assertEquals(3L, s.eval("(+ 1 2)"), "the state works on");
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasTheSixtyAttemptsTheIssueAsksFor() throws IOException {
        assertTrue(corpus().count() >= 60);
    }
}
