package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mino.runtime.embed.MinoOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the .clj language suite (every {@code *_test.clj} file of the tests module) through mino's
 * clojure.test on the default tier: one dynamic test per file, each in a fresh state, so that every file
 * passes on its own and a failure names its file. The whole suite in one state runs in
 * {@link TierParityTest}, once per tier.
 */
class CljSuiteTest {
    /** One file takes a few seconds at most, even on a busy 2-core machine. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    @TestFactory
    Stream<DynamicTest> suite() throws IOException {
        List<Path> files = SuiteRun.suiteFiles();
        assertFalse(files.isEmpty(), "no *_test.clj files in " + SuiteRun.suiteDir());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            SuiteRun run = SuiteRun.withinTimeLimit(TIME_LIMIT, MinoOptions.defaults(), List.of(file), file.getFileName().toString());
            System.out.print(run.output());
            System.out.flush();
            assertEquals(0, run.summary().fail(), file.getFileName() + ": failures");
            assertEquals(0, run.summary().error(), file.getFileName() + ": errors");
        }));
    }
}
