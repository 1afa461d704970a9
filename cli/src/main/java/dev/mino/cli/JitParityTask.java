package dev.mino.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mino task test-jit-parity [DIR]}: the whole {@code .clj} suite in five configurations, each a fresh
 * process (the JVM, options and classpath of this one): JIT auto, on and off, mino-lean (the native tier's
 * jars and classes left off the classpath) and tree-walk only. Every run must exit 0 and all must print
 * byte-identical output.
 */
final class JitParityTask {
    /** A configuration: its label, MINO_JIT, whether it is lean, and options before {@code task test}. */
    record Config(String label, String jit, boolean lean, List<String> options) {}

    static final List<Config> CONFIGS = List.of(
            new Config("jit-auto", "auto", false, List.of()),
            new Config("jit-on", "on", false, List.of()),
            new Config("jit-off", "off", false, List.of()),
            new Config("lean", "auto", true, List.of()),
            new Config("treewalk", "off", false, List.of("--tier=treewalk")));

    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> classpath;

    /** classpath: the entries of this process's classpath (the runs use them, lean ones without the native tier). */
    JitParityTask(PrintWriter out, PrintWriter err, List<String> classpath) {
        this.out = out;
        this.err = err;
        this.classpath = List.copyOf(classpath);
    }

    int run(Path dir) {
        // The lean runs must really lack the native tier (a classpath filter that missed it would prove nothing).
        ChildMain.Result capability = runMain(CONFIGS.get(3), List.of("--jit-capability"));
        if (capability.status() != 0 || !capability.stdout().startsWith("available=false")) {
            out.println("jit-parity: FAILED -- the lean classpath still has a JIT: " + capability.stdout().strip());
            out.flush();
            return 1;
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Config c : CONFIGS) {
            err.println("test-jit-parity: " + c.label() + "...");
            err.flush();
            ChildMain.Result r = runSuite(c, dir);
            if (r.status() != 0) {
                out.println("jit-parity: FAILED -- " + c.label() + " exited " + r.status());
                out.println(tail(r.stdout(), 40));
                out.flush();
                return 1;
            }
            outputs.put(c.label(), r.stdout());
        }
        String reference = outputs.get(CONFIGS.getFirst().label());
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            String diff = firstDifference(CONFIGS.getFirst().label(), reference, e.getKey(), e.getValue());
            if (diff != null) {
                out.println("jit-parity: FAILED -- stdout differs\n" + diff);
                out.flush();
                return 1;
            }
        }
        out.println("jit-parity: OK -- stdout byte-identical across " + String.join(" / ", outputs.keySet()) + ", all exit 0");
        out.flush();
        return 0;
    }

    private ChildMain.Result runSuite(Config c, Path dir) {
        List<String> args = new ArrayList<>(c.options());
        args.addAll(List.of("task", "test", dir.toString()));
        return runMain(c, args);
    }

    /** Main with args in a fresh process configured as c (the AOT cache left out: the lean classpath differs). */
    private ChildMain.Result runMain(Config c, List<String> args) {
        Map<String, String> env = new HashMap<>();
        env.put("MINO_JIT", c.jit());
        env.put("MINO_TIER", null);
        env.put("MINO_JIT_DEOPT_ALOT", null);
        return ChildMain.run(c.lean() ? lean(classpath) : classpath, false, args, env, false);
    }

    /** The classpath without the native tier: tier-cpjit and deopt, as jars or as module class directories. */
    static List<String> lean(List<String> classpath) {
        return classpath.stream().filter(e -> {
            String s = e.replace('\\', '/');
            return !(s.contains("/tier-cpjit") || s.contains("/deopt/") || s.contains("/deopt-") || s.endsWith("/deopt"));
        }).toList();
    }

    /** Null when a equals b, else the first line that differs with a little context. */
    static String firstDifference(String aName, String a, String bName, String b) {
        if (a.equals(b)) return null;
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
        return "first difference at line " + (i + 1) + ":\n  " + aName + ": " + (i < x.length ? x[i] : "<end>")
                + "\n  " + bName + ": " + (i < y.length ? y[i] : "<end>");
    }

    private static String tail(String s, int lines) {
        String[] all = s.split("\n");
        return String.join("\n", Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
    }
}
