package dev.mino.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The mino command in a fresh JVM: this JVM's executable and options, a classpath, {@link Main} and its
 * arguments. The tasks that need a process of their own (bench --cold, test-jit-parity) start it here.
 */
final class ChildMain {
    private ChildMain() {}

    /** What a child printed on stdout, and how it exited (124: timed out, 125: could not start, 130: interrupted). */
    record Result(int status, String stdout) {}

    /** This JVM's classpath entries (under Surefire, the test classpath it names). */
    static List<String> currentClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator)).stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * Runs Main with args on classpath. keepAotCache: pass this JVM's AOT cache on (right only for the same
     * classpath); a debugger agent never is. env: variables to set, a null value removing one. mergeStderr:
     * stderr into the result, else discarded.
     */
    static Result run(List<String> classpath, boolean keepAotCache, List<String> args, Map<String, String> env, boolean mergeStderr) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if ((keepAotCache || !arg.startsWith("-XX:AOTCache")) && !arg.startsWith("-agentlib:jdwp")) command.add(arg);
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (mergeStderr) pb.redirectErrorStream(true);
        else pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(124, output + "\n(timed out)");
            }
            return new Result(p.exitValue(), output);
        } catch (IOException e) {
            return new Result(125, "cannot start " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, "interrupted");
        }
    }
}
