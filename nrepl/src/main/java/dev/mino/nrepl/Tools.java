package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fns of mino.nrepl.tools (tools.clj), loaded into the state once: completions, lookup and the Clojure
 * version describe gives. They are called as the embedder's calls (MinoState.call), from any thread.
 */
final class Tools {
    private static final String SOURCE = "dev/mino/nrepl/tools.clj";

    private final MinoState state;

    Tools(MinoState state) {
        this.state = state;
        load(state);
    }

    /**
     * Evaluated on a thread of its own: the state keeps a current namespace per thread, and the tools' ns
     * form must not become the embedder's (or a session's).
     */
    private static void load(MinoState state) {
        String source = resource();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread loader = Thread.ofPlatform().name("nrepl-tools").start(() -> {
            try {
                state.eval(source, SOURCE);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + SOURCE, e);
        }
        if (failure.get() != null) throw failure.get();
    }

    private static String resource() {
        try (InputStream in = Tools.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) throw new IllegalStateException(SOURCE + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<?> completions(String prefix, String ns) {
        return (List<?>) call("completions", prefix, ns);
    }

    /** A var's or namespace's info; {} when sym is neither. A library's file is given as its resource's URL. */
    Map<String, Object> lookup(String sym, String ns) {
        Map<String, Object> info = new LinkedHashMap<>();
        ((Map<?, ?>) call("lookup", sym, ns)).forEach((k, v) -> info.put(String.valueOf(k), v));
        if (info.get("file") instanceof String file) info.put("file", locate(file));
        return info;
    }

    Map<?, ?> clojureVersion() {
        return (Map<?, ?>) call("clojure-version-map");
    }

    private Object call(String fn, Object... args) {
        return state.call(state.getVar("mino.nrepl.tools/" + fn), args);
    }

    /** A file as an editor can open it: a path that exists as is, else the URL of the classpath resource. */
    private static String locate(String file) {
        try {
            if (Files.exists(Path.of(file))) return file;
        } catch (InvalidPathException e) {
            // not a path: perhaps a resource name
        }
        var url = MinoState.class.getClassLoader().getResource(file);
        return url == null ? file : url.toString();
    }
}
