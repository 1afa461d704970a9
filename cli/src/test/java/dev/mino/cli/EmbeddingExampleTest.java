package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void theReadmesEmbeddingExampleRuns() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("75025\n"), out);
        assertTrue(out.contains("JitCapability[available=true, mode=AUTO, threshold=50"), out);
        assertTrue(out.contains("mino_jit_compilations_total{result=\"ok\"}"), out);
    }
}
