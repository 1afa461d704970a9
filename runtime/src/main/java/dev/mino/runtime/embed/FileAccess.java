package dev.mino.runtime.embed;

import dev.mino.runtime.lang.MinoException;

import java.nio.file.Path;
import java.util.List;

/**
 * What a state's code may do with files and URLs (issue 15's capabilities, the file part): read files, write
 * files (each everywhere, or under listed directories), and open network URLs. An embedded state gets
 * {@link #NONE}; the mino command line grants {@link #ALL}. The embedder's own calls (MinoState.loadFile) are
 * not the state's code and need no grant.
 */
public record FileAccess(boolean readAll, List<Path> readDirs, boolean writeAll, List<Path> writeDirs, boolean network) {
    public static final FileAccess NONE = new FileAccess(false, List.of(), false, List.of(), false);
    public static final FileAccess ALL = new FileAccess(true, List.of(), true, List.of(), true);

    /** Directories are made absolute and normalized, as the paths checked against them are. */
    public FileAccess {
        readDirs = readDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        writeDirs = writeDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Reading and writing under dirs only, no network. */
    public static FileAccess under(List<Path> dirs) {
        return new FileAccess(false, dirs, false, dirs, false);
    }

    /** Throws the mino error naming what was denied unless file may be read. */
    public void checkRead(Path file) {
        if (!canRead(file)) throw denied("reading the file " + file, "read");
    }

    /** Whether file may be read (and so looked at: whether it exists, is a directory). */
    public boolean canRead(Path file) {
        return allowed(readAll, readDirs, file);
    }

    /** Throws the mino error naming what was denied unless file may be written. */
    public void checkWrite(Path file) {
        if (!allowed(writeAll, writeDirs, file)) throw denied("writing the file " + file, "write");
    }

    /** Throws the mino error unless network URLs may be opened. */
    public void checkNetwork(String url) {
        if (!network) {
            throw new MinoException("Denied: opening the URL " + url + " (this state may not use the network; "
                    + "the embedder grants it with MinoOptions.withFileAccess(new FileAccess(..., true)))");
        }
    }

    private static boolean allowed(boolean all, List<Path> dirs, Path file) {
        if (all) return true;
        Path p = resolved(file);
        for (Path d : dirs) if (p.startsWith(resolved(d))) return true;
        return false;
    }

    /**
     * Where path really leads: links followed as far as the path exists (a link inside a granted directory
     * must not reach outside it), the rest normalized (a file about to be written does not exist yet).
     */
    private static Path resolved(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rest = p.getFileSystem().getPath("");
        for (Path existing = p; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(rest).normalize();
            } catch (java.io.IOException | SecurityException e) {
                rest = existing.getFileName().resolve(rest);
            }
        }
        return p;
    }

    private static MinoException denied(String what, String kind) {
        return new MinoException("Denied: " + what + " (this state may not " + kind + " files there; the embedder grants it with "
                + "MinoOptions.withFileAccess, the command line grants it unless --sandbox)");
    }
}
