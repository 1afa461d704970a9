package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTaskTest {
    @TempDir Path dir;
    private final StringWriter err = new StringWriter();
    private final FakeEvaluator evaluator = new FakeEvaluator(new StringWriter());
    private final TestTask task = new TestTask(evaluator, new PrintWriter(err, true));

    @Test void findsCljFilesRecursivelyInPathOrder() throws IOException {
        touch("b_test.clj", "a_test.clj", "sub/c_test.clj", "notes.md", "helper.cljs",
                "target/test-classes/copy_test.clj", ".hidden/x_test.clj");
        assertEquals(List.of(dir.resolve("a_test.clj"), dir.resolve("b_test.clj"), dir.resolve("sub/c_test.clj")),
                TestTask.testFiles(dir));
    }

    @Test void passesEveryFileToRunTestFiles() throws IOException {
        touch("a_test.clj", "sub/b_test.clj");
        assertEquals(0, task.run(dir));
        String program = evaluator.evaluated.getFirst();
        assertTrue(program.contains("(require 'clojure.test)"), program);
        assertTrue(program.contains("(clojure.test/run-test-files [\"" + dir.resolve("a_test.clj") + "\" \""
                + dir.resolve("sub/b_test.clj") + "\"])"), program);
        assertTrue(program.contains("(+ (:fail summary 0) (:error summary 0))"), program);
    }

    @Test void failuresOrErrorsMeanExitStatusOne() throws IOException {
        touch("a_test.clj");
        evaluator.testResult = 2L;
        assertEquals(1, task.run(dir));
    }

    @Test void aMissingSummaryIsAFailure() throws IOException {
        touch("a_test.clj");
        evaluator.testResult = null;
        assertEquals(1, task.run(dir));
        assertTrue(err.toString().contains("did not return a map"), err.toString());
    }

    @Test void aMissingOrEmptyDirectoryIsAnError() {
        assertThrows(UsageException.class, () -> task.run(dir.resolve("nope")));
        UsageException e = assertThrows(UsageException.class, () -> task.run(dir));
        assertTrue(e.getMessage().startsWith("no *.clj files under "), e.getMessage());
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        }
    }
}
