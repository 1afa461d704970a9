package dev.mino.cpjit;

import dev.mino.runtime.lang.SourcePosition;
import dev.mino.tier.bytecode.BytecodeFn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * {@code MINO_PERF_MAP=1} (or {@code --perf-map}): every chain installed is written to
 * {@code /tmp/perf-<pid>.map} as {@code START SIZE mino:ns/name/arity file:line} (hex start and size), the
 * format Linux perf reads for JIT code, so {@code perf report} names mino fns. The map is the process's, as
 * perf wants it: one file for every state of the JVM, appended under a lock.
 */
final class PerfMap {
    private PerfMap() {}

    /** Whether the map is on (the environment or the mino.perf.map property the CLI's --perf-map sets). */
    static boolean enabled() {
        return "1".equals(System.getenv("MINO_PERF_MAP")) || "1".equals(System.getProperty("mino.perf.map"));
    }

    static Path file() {
        return Path.of("/tmp", "perf-" + ProcessHandle.current().pid() + ".map");
    }

    /** The line for a chain at start of size bytes running m. */
    static String line(long start, long size, BytecodeFn.Method m) {
        SourcePosition pos = m.owner().position();
        String where = pos == null ? "" : " " + pos.file() + ":" + pos.line();
        return String.format(Locale.ROOT, "%x %x mino:%s/%d%s", start, size, m.owner().name(), m.arity, where);
    }

    static synchronized void write(long start, long size, BytecodeFn.Method m) {
        try (Writer w = Files.newBufferedWriter(file(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            w.write(line(start, size, m));
            w.write('\n');
        } catch (IOException e) {
            System.getLogger("dev.mino.cpjit").log(System.Logger.Level.DEBUG, "cannot write " + file(), e);
        }
    }
}
