package dev.mino.nrepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortFileTest {
    @Test void holdsThePortUntilClosed(@TempDir Path dir) throws Exception {
        Path written;
        try (PortFile f = PortFile.write(dir, 7888)) {
            written = f.path();
            assertEquals(dir.resolve(".nrepl-port"), written);
            assertEquals("7888", Files.readString(written));
        }
        assertFalse(Files.exists(written));
    }
}
