package dev.mino.nrepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mino's server driven by the reference nREPL client (org.clojure/tools.nrepl on Clojure 1.12), the way an editor
 * drives it: eval, load-file, completions, interrupt, and two sessions used at once. The client code is
 * reference_client.clj; these tests check what it got back (keywords come back as their names).
 *
 * <p>Clojure runs in a class loader of its own that sees only its jars: mino's runtime jar also holds a
 * {@code clojure/core.clj}, which Clojure would otherwise load as its own core.
 */
class ReferenceClientTest {
    private static MinoState state;
    private static NreplServer server;

    private static URLClassLoader clojureLoader;
    private static Method var;
    private static Method applyTo;
    private static Method arraySeq;

    @BeforeAll static void startServerAndLoadTheClient() throws Exception {
        state = Mino.newState(MinoOptions.commandLine(null, null));
        server = NreplServer.start(state, 0);
        clojureLoader = new URLClassLoader("reference-client", clojureJars(), ClassLoader.getPlatformClassLoader());
        var = clojureLoader.loadClass("clojure.java.api.Clojure").getMethod("var", Object.class, Object.class);
        applyTo = clojureLoader.loadClass("clojure.lang.IFn").getMethod("applyTo", clojureLoader.loadClass("clojure.lang.ISeq"));
        arraySeq = clojureLoader.loadClass("clojure.lang.ArraySeq").getMethod("create", Object[].class);
        String client;
        try (var in = ReferenceClientTest.class.getResourceAsStream("reference_client.clj")) {
            client = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        invoke("clojure.core", "load-string", client);
    }

    /** Clojure's and tools.nrepl's jars, as Maven put them on the test class path. */
    private static URL[] clojureJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("org/clojure/"))
                .map(p -> {
                    try {
                        return new File(p).toURI().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }

    /** Calls ns/name with args on Clojure, whose class loader is the context one meanwhile (Clojure loads through it). */
    private static Object invoke(String ns, String name, Object... args) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(clojureLoader);
        try {
            return applyTo.invoke(var.invoke(null, ns, name), arraySeq.invoke(null, (Object) args));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the reference client failed", e.getCause() != null ? e.getCause() : e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @AfterAll static void stopServer() throws Exception {
        server.close();
        invoke("clojure.core", "shutdown-agents");
        clojureLoader.close();
    }

    private static Map<?, ?> call(String fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = (long) server.port();
        System.arraycopy(args, 0, all, 1, args.length);
        return (Map<?, ?>) invoke("dev.mino.nrepl.reference-client", fn, all);
    }

    private static Object get(Map<?, ?> m, String key) {
        return m.get(key);
    }

    @Test void evalReturnsValuesOutputAndNamespace() {
        Map<?, ?> r = call("eval-code", "(println \"hello from mino\") (+ 1 2) {:a [1 2]}");
        assertEquals(Arrays.asList(null, 3L, Map.of("a", List.of(1L, 2L))), get(r, "values"));
        assertEquals("hello from mino\n", get(r, "out"));
        assertEquals("user", get(r, "ns"));
        assertTrue(((Set<?>) get(r, "status")).contains("done"));
    }

    @Test void anErrorIsReportedAndTheSessionStaysUsable() {
        Map<?, ?> r = call("eval-code", "(/ 1 0) (+ 1 1)");
        Set<?> status = (Set<?>) get(r, "status");
        assertTrue(status.contains("eval-error"), () -> "status " + status);
    }

    @Test void loadFileDefinesWhatTheFileDefines() {
        Map<?, ?> r = call("load-file-op", "(ns user) (defn greet [who] (str \"hi \" who))\n(greet \"file\")",
                "greet.clj", "src/greet.clj");
        assertEquals(List.of("hi file"), get(r, "values"));
        assertEquals(List.of("hi editor"), get(r, "after"));
    }

    @Test void completionsOfferCoreVars() {
        Map<?, ?> r = call("completions", "map-", "user");
        List<?> candidates = (List<?>) get(r, "candidates");
        assertTrue(candidates.containsAll(List.of("map-indexed", "map-entry?")), () -> "candidates " + candidates);
        assertTrue(((Set<?>) get(r, "status")).contains("done"));
    }

    @Test void interruptStopsARunawayEvalAndTheSessionGoesOn() {
        Map<?, ?> r = call("interrupt-runaway");
        assertTrue(((Set<?>) get(r, "interrupt-status")).contains("done"), () -> "interrupt " + r);
        assertTrue(((Set<?>) get(r, "eval-status")).contains("interrupted"), () -> "eval " + r);
        assertEquals(List.of(42L), get(r, "after"));
    }

    @Test void twoSessionsAtOnceKeepTheirOwnNamespaceAndBindings() {
        Map<?, ?> r = call("two-sessions");
        assertEquals(List.of("session.a", "a"), get(r, "a"), () -> "sessions " + r);
        assertEquals(List.of("session.b", "b"), get(r, "b"));
        assertEquals("(0 1 ...)", get(r, "a-prints"), "session a set *print-length*");
        assertEquals("(0 1 2 3 4)", get(r, "b-prints"), "session b did not");
        assertTrue(((Number) get(r, "sessions")).intValue() >= 2, () -> "sessions " + r);
    }

    @Test void describeListsTheOps() {
        Map<?, ?> r = call("describe-op");
        assertTrue(((Set<?>) get(r, "ops")).containsAll(Set.of("clone", "close", "describe", "eval", "load-file",
                "interrupt", "completions", "lookup", "ls-sessions", "stdin")), () -> "ops " + r);
    }
}
