package dev.mino.stencilextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in self-test passes on every format and machine, one OK line each. */
class SelfTestTest {
    @Test
    void allFormatsPass() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SelfTest.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status, String.join("\n", lines));
        assertEquals(5, lines.size(), String.join("\n", lines));
        for (String line : lines) assertTrue(line.matches("OK   [a-z0-9_-]+: \\d+ holes, \\d+ code bytes"), line);
        assertEquals(List.of("elf-x86_64", "elf-aarch64", "macho-x86_64", "macho-arm64", "coff-x86_64"),
                lines.stream().map(l -> l.substring(5, l.indexOf(':'))).toList());
    }
}
