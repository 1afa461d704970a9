package dev.mino.nrepl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The .nrepl-port file by which editors find a server started in their project: written at start, deleted
 * when closed or when the JVM exits (a shutdown hook: Ctrl-C, kill).
 */
public final class PortFile implements AutoCloseable {
    public static final String NAME = ".nrepl-port";

    private final Path file;
    private final Thread onExit;

    private PortFile(Path file) {
        this.file = file;
        this.onExit = new Thread(this::delete, "nrepl-port-file");
    }

    /** Writes port to dir/.nrepl-port. */
    public static PortFile write(Path dir, int port) throws IOException {
        PortFile f = new PortFile(dir.resolve(NAME));
        Files.writeString(f.file, Integer.toString(port), StandardCharsets.UTF_8);
        Runtime.getRuntime().addShutdownHook(f.onExit);
        return f;
    }

    public Path path() {
        return file;
    }

    @Override public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs (or ran) anyway
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file left behind names a port nothing listens on: editors report that
        }
    }
}
