package dev.mino.cli;

import dev.mino.metrics.JitStats;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.CompileReport;
import dev.mino.tiers.ExecutionListener;
import dev.mino.tiers.TieredEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code mino task jit-corpora [DIR]}: runs each program of the corpus (default {@code bench/corpora}) with
 * the JIT on, so every fn it calls is offered at its first call, and reports how many of the program's own
 * fns (those outside clojure.*) compiled whole, compiled up to a deopt point, or were rejected, with the
 * bytes-blocked dashboard (per op: bytecode bytes of the fns it blocked entirely or sent down the deopt
 * path). Each program's output must equal its output with the JIT off.
 */
final class JitCorpusTask {
    static final Path DEFAULT_DIR = Path.of("bench", "corpora");

    private final PrintWriter out;

    JitCorpusTask(PrintWriter out) {
        this.out = out;
    }

    /** The program's own compile reports, collected while it runs. */
    private static final class Reports implements ExecutionListener {
        final List<CompileReport> own = new ArrayList<>();

        @Override public void compiled(String tier, Object artifact) {}

        @Override public synchronized void compileReport(String tier, CompileReport r) {
            if (!r.fn().startsWith("clojure.")) own.add(r);
        }
    }

    int run(Path dir) {
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".clj")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("no corpus directory " + dir + " (" + e.getMessage() + ")");
        }
        if (programs.isEmpty()) throw new UsageException("no .clj programs in " + dir);
        int[] total = new int[3];
        Map<String, long[]> blocked = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        out.println(String.format(Locale.ROOT, "%-24s %5s %5s %14s %9s %9s", "program", "fns", "ok", "ok-with-deopt", "rejected", "eligible"));
        for (Path p : programs) {
            Reports reports = new Reports();
            String withJit = runProgram(p, "on", reports);
            String without = runProgram(p, "off", null);
            if (!withJit.equals(without)) mismatches.add(p.getFileName().toString());
            int[] n = new int[3];
            for (CompileReport r : reports.own) {
                n[r.result().ordinal()]++;
                if (r.blockingOp() != null) {
                    blocked.computeIfAbsent(r.blockingOp(), k -> new long[2])[r.result() == CompileReport.Result.REJECTED ? 0 : 1] += r.bytecodeBytes();
                }
            }
            for (int i = 0; i < 3; i++) total[i] += n[i];
            out.println(row(p.getFileName().toString(), n));
        }
        out.println(row("total", total));
        out.println();
        JitStats.printBlocked(blocked, out);
        if (!mismatches.isEmpty()) out.println("OUTPUT DIFFERS with the JIT on: " + mismatches);
        out.flush();
        return mismatches.isEmpty() ? 0 : 1;
    }

    private static String row(String name, int[] n) {
        int fns = n[0] + n[1] + n[2];
        double eligible = fns == 0 ? 100 : 100.0 * (n[0] + n[1]) / fns;
        return String.format(Locale.ROOT, "%-24s %5d %5d %14d %9d %8.1f%%", name, fns, n[0], n[1], n[2], eligible);
    }

    /** The program's output (and error, if it fails) in a fresh state with the JIT in mode jit. */
    private static String runProgram(Path program, String jit, Reports reports) {
        MinoState state = Mino.newState(MinoOptions.commandLine(null, jit));
        StringWriter text = new StringWriter();
        state.setOut(text);
        if (reports != null) TieredEngine.events(state).add(reports);
        try {
            state.loadFile(program);
        } catch (RuntimeException e) {
            text.write("ERROR " + MinoState.describeError(e));
        }
        return text.toString();
    }
}
