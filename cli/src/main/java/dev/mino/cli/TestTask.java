package dev.mino.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code mino task test [DIR]}: runs every *.clj file under DIR with clojure.test/run-test-files, which loads
 * them, runs their tests and prints the summary. The exit status is 1 when any test failed or erred.
 */
final class TestTask {
    private final Evaluator evaluator;
    private final PrintWriter err;

    TestTask(Evaluator evaluator, PrintWriter err) {
        this.evaluator = evaluator;
        this.err = err;
    }

    /** Runs the suite under dir; returns the process exit status. */
    int run(Path dir) {
        if (!Files.isDirectory(dir)) throw new UsageException("no such test directory: " + dir);
        List<Path> files = testFiles(dir);
        if (files.isEmpty()) throw new UsageException("no *.clj files under " + dir);
        Object problems = evaluator.eval(program(files), "NO_SOURCE_FILE");
        if (!(problems instanceof Number count)) {
            err.println("mino: clojure.test/run-test-files did not return a map with :fail and :error");
            return 1;
        }
        return count.longValue() > 0 ? 1 : 0;
    }

    /** Evaluates to (+ fail error) of the summary, or nil when there is no summary map. */
    private String program(List<Path> files) {
        String paths = files.stream()
                .map(file -> evaluator.printString(file.toString()))
                .collect(Collectors.joining(" ", "[", "]"));
        return "(require 'clojure.test)\n"
                + "(let [summary (clojure.test/run-test-files " + paths + ")]\n"
                + "  (when (map? summary) (+ (:fail summary 0) (:error summary 0))))";
    }

    /**
     * The *.clj files under dir, in path order so runs are repeatable. Hidden directories and build output
     * ("target", where Maven copies test resources) are skipped: files there are copies, not more tests.
     */
    static List<Path> testFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) return FileVisitResult.CONTINUE;
                    String name = d.getFileName().toString();
                    return name.startsWith(".") || name.equals("target")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".clj")) files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }
}
