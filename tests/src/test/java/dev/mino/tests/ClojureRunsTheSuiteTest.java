package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The .clj suite says it states Clojure's behaviour; this runs it on Clojure 1.12.4 itself to keep that true.
 * Every {@code *_test.clj} file (the ones {@link CljSuiteTest} runs on mino) is loaded into one Clojure JVM of
 * its own, forked so that Clojure's static runtime never meets mino's tests, by {@code support/run_in_clojure.cljc}
 * (which reads the files with reader conditionals allowed, taking the {@code :clj} branches). Each file is then
 * one dynamic test that fails with what Clojure's clojure.test reported for it: the failing assertions, their
 * messages, expected and actual values.
 *
 * <p>The Clojure jars come from the tests module's pom, which pins them and passes their classpath as the system
 * property {@code mino.clojure.classpath}.
 */
class ClojureRunsTheSuiteTest {
    /** The whole suite takes well under a minute on Clojure; this is many times that on a busy 2-core machine. */
    private static final long TIME_LIMIT_MINUTES = 5;

    @TestFactory
    Stream<DynamicTest> everyFilePassesOnClojure() throws IOException, InterruptedException {
        List<Path> files = SuiteRun.suiteFiles();
        assertFalse(files.isEmpty(), "no *_test.clj files in " + SuiteRun.suiteDir());
        String output = runOnClojure(files);
        return files.stream().map(file -> {
            String name = file.getFileName().toString();
            return DynamicTest.dynamicTest(name, () -> assertPassed(name, output));
        });
    }

    /** Runs the files in a Clojure JVM; returns everything it printed. */
    private static String runOnClojure(List<Path> files) throws IOException, InterruptedException {
        String classpath = System.getProperty("mino.clojure.classpath");
        assertNotNull(classpath, "the system property mino.clojure.classpath (set by the tests module's pom) is missing");
        Path dir = SuiteRun.suiteDir();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-cp", classpath,
                // a short run: the quick compiler alone and the serial collector spare the build's CPU
                // (about half the CPU time of the default JIT and collector)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // a load error is reported in the file's frame, not in a report file under /tmp
                "-Dclojure.main.report=stderr",
                "clojure.main", dir.resolve("support/run_in_clojure.cljc").toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = Files.createTempFile("clojure-suite", ".txt");
        try {
            Process clojure = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!clojure.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                clojure.destroyForcibly();
                fail("Clojure did not finish the suite within " + TIME_LIMIT_MINUTES + " minutes (a hang?); it printed:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(lastLine(output));
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Fails unless the frame of file name in output ends with no failures and no errors, and some assertions
     * passed: a file that asserts nothing on Clojure (its namespace not found, say) would pass vacuously.
     */
    private static void assertPassed(String name, String output) {
        String start = "=== " + name + "\n";
        String end = "--- " + name + ": ";
        int from = output.indexOf(start);
        int to = output.indexOf(end, Math.max(from, 0));
        if (from < 0 || to < 0) {
            fail(name + " has no result: the Clojure run stopped before it finished the file. It printed:\n" + output);
        }
        String report = output.substring(from + start.length(), to);
        String counts = output.substring(to + end.length(), output.indexOf('\n', to));
        assertEquals("0 failed, 0 errors", counts.substring(counts.indexOf(" passed, ") + " passed, ".length()),
                () -> name + " on Clojure " + counts + ":\n" + report);
        assertNotEquals(0, passed(counts), () -> name + " asserted nothing on Clojure: " + counts + "\n" + report);
    }

    /** P in "T tests, P passed, F failed, E errors". */
    private static int passed(String counts) {
        String beforePassed = counts.substring(0, counts.indexOf(" passed, "));
        return Integer.parseInt(beforePassed.substring(beforePassed.lastIndexOf(' ') + 1));
    }

    private static String lastLine(String output) {
        String trimmed = output.strip();
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
