package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two commands as a fresh machine runs them: JAVA_HOME unset and, where one is installed, a JDK 17
 * first on PATH (what broke them once: Maven started on the 17 with options only 25 knows). The run command runs
 * for real, on the distribution this build just packaged (from a scratch copy of the launcher, so that it does
 * not rebuild the tree under the build running this test). The test command cannot run itself from inside
 * itself: it runs as `./mvnw --version`, which starts Maven the same way, and .ci/run runs it whole, the same way.
 */
class ReadmeCommandsTest {
    static final Path ROOT = ExamplesTest.examplesDir().getParent();

    @TempDir
    Path scratch;

    /** The commands of the README's first sh block, without their comments. */
    static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                if (inBlock) break;
                inBlock = line.equals("```sh");
                continue;
            }
            if (inBlock) commands.add(line.replaceAll("\\s+#.*$", "").trim());
        }
        return commands;
    }

    @Test
    void theReadmeNamesARunCommandAndATestCommand() throws IOException {
        assertEquals(List.of("./mino examples/fib.clj", "./mvnw -q verify"), readmeCommands());
    }

    @Test
    void theRunCommandRunsWithJavaHomeUnsetAndJdk17First() throws Exception {
        Path cliTarget = ROOT.resolve("cli/target");
        Path jar;
        try (Stream<Path> jars = Files.list(cliTarget)) {
            jar = jars.filter(p -> p.getFileName().toString().matches("cli-[^-]+(-SNAPSHOT)?\\.jar")).findFirst().orElse(null);
        }
        assumeTrue(jar != null && Files.isDirectory(cliTarget.resolve("lib")), "the cli module is packaged (run by verify, not test)");
        Path copy = launcherCopy(jar);
        Process run = start(copy, "./mino", "examples/fib.clj");
        String out = output(run);
        assertEquals(0, run.exitValue(), out);
        assertEquals(Files.readString(ROOT.resolve("examples/fib.out")), out);
    }

    @Test
    void theTestCommandStartsMavenOnAJdk25WithJavaHomeUnsetAndJdk17First() throws Exception {
        Process version = start(ROOT, "./mvnw", "--version");
        String out = output(version);
        assertEquals(0, version.exitValue(), out);
        assertTrue(out.contains("Java version: 25"), out);
    }

    /** The launcher and what it reads, in scratch: the script copied (a link would lead back), the rest linked. */
    private Path launcherCopy(Path jar) throws IOException {
        Files.copy(ROOT.resolve("mino"), scratch.resolve("mino"));
        scratch.resolve("mino").toFile().setExecutable(true);
        Files.createSymbolicLink(scratch.resolve("bin"), ROOT.resolve("bin"));
        Files.createSymbolicLink(scratch.resolve("examples"), ROOT.resolve("examples"));
        Path target = Files.createDirectories(scratch.resolve("cli/target"));
        Files.createSymbolicLink(target.resolve(jar.getFileName()), jar);
        Files.createSymbolicLink(target.resolve("lib"), jar.getParent().resolve("lib"));
        // The build stamp: with no sources in scratch, nothing is newer, so the launcher builds nothing.
        Files.writeString(target.resolve(".mino-build-stamp"), "");
        return scratch;
    }

    /** cmd in dir, as on a fresh machine: JAVA_HOME unset, a JDK 17 (if installed) first on PATH. */
    private static Process start(Path dir, String... cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("JAVA_HOME");
        env.remove("MINO_MVNW_JDK");   // the wrapper running this build marks its JDK as found; a fresh shell has no mark
        jdk17().ifPresent(bin -> env.put("PATH", bin + java.io.File.pathSeparator + env.getOrDefault("PATH", "")));
        return pb.start();
    }

    private static java.util.Optional<Path> jdk17() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return java.util.Optional.empty();
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(p -> p.getFileName().toString().contains("17"))
                    .map(p -> p.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("java"))).sorted().findFirst();
        }
    }

    private static String output(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
        return out;
    }
}
