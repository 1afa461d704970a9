package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.ILookup;
import dev.mino.runtime.lang.Keyword;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of .clj test files through clojure.test/run-test-files in a fresh state: everything the run
 * printed (*out* and *err* together, in order) and the summary.
 *
 * <p>Files are passed as absolute paths, so the suite does not depend on the working directory; the
 * directory is the system property {@code mino.tests.dir}, or the working directory (Surefire runs in the
 * module directory).
 */
record SuiteRun(String output, Summary summary) {

    static Path suiteDir() {
        return Path.of(System.getProperty("mino.tests.dir", "")).toAbsolutePath().normalize();
    }

    /** Every {@code *_test.clj} file of the suite directory, in name order. */
    static List<Path> suiteFiles() throws IOException {
        try (Stream<Path> listing = Files.list(suiteDir())) {
            return listing.filter(p -> p.getFileName().toString().endsWith("_test.clj")).sorted().toList();
        }
    }

    /**
     * As {@link #of}, on a thread of its own that is abandoned after limit: a run that hangs (a deref that
     * never returns, a loop that never ends) fails the test instead of stalling the build.
     */
    static SuiteRun withinTimeLimit(Duration limit, MinoOptions options, List<Path> files, String what) {
        return assertTimeoutPreemptively(limit, () -> of(options, files),
                () -> what + " did not finish within " + limit.toSeconds() + " s (a hang?)");
    }

    /**
     * Loads and runs files in a fresh state made with options. An error escaping the run (not a test
     * failure, which the summary counts) is an AssertionError carrying what was printed so far.
     */
    static SuiteRun of(MinoOptions options, List<Path> files) {
        // The suite runs as `mino task test` runs it: with the command line's interop grants.
        MinoState state = Mino.newState(options.withCommandLineGrants());
        StringWriter out = new StringWriter();
        state.setOut(out);
        state.setErr(out);
        try {
            state.eval("(require 'clojure.test)");
            String paths = files.stream().map(p -> cljString(p.toString())).collect(Collectors.joining(" "));
            Object result = state.eval("(clojure.test/run-test-files [" + paths + "])");
            state.flush();
            return new SuiteRun(out.toString(), Summary.of((ILookup) result));
        } catch (RuntimeException e) {
            state.flush();
            throw new AssertionError(MinoState.describeError(e) + "\noutput so far:\n" + out, e);
        }
    }

    /** s as a mino string literal. */
    static String cljString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The counters of a clojure.test summary map. */
    record Summary(long test, long pass, long fail, long error) {
        static Summary of(ILookup m) {
            return new Summary(count(m, "test"), count(m, "pass"), count(m, "fail"), count(m, "error"));
        }

        private static long count(ILookup m, String key) {
            return ((Number) m.valAt(Keyword.of(key))).longValue();
        }

        long assertions() {
            return pass + fail + error;
        }
    }
}
