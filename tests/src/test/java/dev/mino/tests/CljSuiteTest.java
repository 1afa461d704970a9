package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.ILookup;
import dev.mino.runtime.lang.Keyword;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the .clj language suite (every {@code *_test.clj} file of the tests module) through mino's
 * clojure.test: one dynamic test per file, each in a fresh state, then the whole suite in a single
 * state, which must pass at least {@value #MIN_ASSERTIONS} assertions.
 *
 * <p>Files are passed to {@code run-test-files} as absolute paths, so the suite does not depend on
 * the working directory; the directory is the system property {@code mino.tests.dir}, or the
 * working directory (Surefire runs in the module directory).
 */
class CljSuiteTest {
    private static final int MIN_ASSERTIONS = 400;

    @TestFactory
    Stream<DynamicTest> suite() throws IOException {
        List<Path> files = suiteFiles();
        assertFalse(files.isEmpty(), "no *_test.clj files in " + suiteDir());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Summary s = runFiles(List.of(file));
                assertEquals(0, s.fail, file.getFileName() + ": failures");
                assertEquals(0, s.error, file.getFileName() + ": errors");
            }));
        }
        tests.add(DynamicTest.dynamicTest("whole suite in one state", () -> {
            Summary s = runFiles(files);
            assertEquals(0, s.fail, "failures");
            assertEquals(0, s.error, "errors");
            assertTrue(s.assertions() >= MIN_ASSERTIONS,
                    "expected at least " + MIN_ASSERTIONS + " assertions, ran " + s.assertions());
        }));
        return tests.stream();
    }

    static Path suiteDir() {
        return Path.of(System.getProperty("mino.tests.dir", "")).toAbsolutePath().normalize();
    }

    static List<Path> suiteFiles() throws IOException {
        try (Stream<Path> listing = Files.list(suiteDir())) {
            return listing.filter(p -> p.getFileName().toString().endsWith("_test.clj")).sorted().toList();
        }
    }

    /** Loads and runs files in a fresh state, prints what the run printed, and returns its summary. */
    static Summary runFiles(List<Path> files) {
        MinoState state = Mino.newState();
        StringWriter out = new StringWriter();
        state.setOut(out);
        state.setErr(out);
        try {
            state.eval("(require 'clojure.test)");
            String paths = files.stream().map(p -> cljString(p.toString())).collect(Collectors.joining(" "));
            Object result = state.eval("(clojure.test/run-test-files [" + paths + "])");
            return Summary.of((ILookup) result);
        } catch (RuntimeException e) {
            throw new AssertionError(MinoState.describeError(e), e);
        } finally {
            System.out.print(out);
            System.out.flush();
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
