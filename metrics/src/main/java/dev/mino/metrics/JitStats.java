package dev.mino.metrics;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.CompileReport;
import dev.mino.tiers.ExecutionListener;
import dev.mino.tiers.TieredEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code MINO_CPJIT_STATS}: {@code tracing} logs one line per method the JIT tried (SLF4J, logger
 * {@code dev.mino.cpjit.stats}) and prints the bytes-blocked dashboard at exit; {@code summary} prints the
 * dashboard alone. The dashboard is read from the state's meters ({@link JitMeters}): one source of truth.
 */
public final class JitStats {
    private final MeterRegistry registry;

    private JitStats(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * For the setting of MINO_CPJIT_STATS ({@code tracing}, {@code summary}, anything else or null: off):
     * binds the state's meters (to registry, or a registry of its own when null) and answers what prints the
     * dashboard, or null when stats are off.
     */
    public static JitStats attach(String setting, MinoState state, MeterRegistry registry) {
        if (!"tracing".equals(setting) && !"summary".equals(setting)) return null;
        MeterRegistry r = registry != null ? registry : new SimpleMeterRegistry();
        MinoMetrics.bind(state, r);
        if (setting.equals("tracing")) TieredEngine.events(state).add(new Tracer());
        return new JitStats(r);
    }

    /** Logs each method the JIT tried. */
    private static final class Tracer implements ExecutionListener {
        // Here, not in JitStats: a run without tracing never starts the logging backend (its setup is startup time).
        private static final Logger LOG = LoggerFactory.getLogger("dev.mino.cpjit.stats");

        @Override public void compiled(String tier, Object artifact) {}

        @Override public void compileReport(String tier, CompileReport r) {
            String what = switch (r.result()) {
                case OK -> "ok";
                case OK_WITH_DEOPT -> "ok-with-deopt at pc " + r.blockingPc() + " (" + r.blockingOp() + ")";
                case REJECTED -> "rejected: " + r.blockingOp() + " at pc " + r.blockingPc();
            };
            LOG.info("cpjit {}/{}: {}; {} bytecode bytes, {} native bytes, {} us", r.fn(), r.arity(), what, r.bytecodeBytes(),
                    r.codeBytes(), r.nanos() / 1000);
        }
    }

    /** The dashboard: compilations by result, then per op the bytecode bytes it blocked, sorted by total. */
    public void printDashboard(PrintWriter out) {
        out.println("cpjit stats: compilations " + count("ok") + " ok, " + count("ok_with_deopt") + " ok-with-deopt, "
                + count("rejected") + " rejected; deopts " + (long) registry.get(JitMeters.DEOPTS).counter().count()
                + "; native code " + (long) registry.get(JitMeters.CODE_BYTES).gauge().value() + " bytes");
        Map<String, long[]> byOp = new TreeMap<>();
        for (Counter c : registry.find(JitMeters.BLOCKED_BYTES).counters()) {
            long[] v = byOp.computeIfAbsent(c.getId().getTag("op"), k -> new long[2]);
            v["hard".equals(c.getId().getTag("kind")) ? 0 : 1] += (long) c.count();
        }
        printBlocked(byOp, out);
        out.flush();
    }

    /**
     * The bytes-blocked table: per op, the bytecode bytes of methods it kept from native code entirely
     * ({@code [0]}) or sent down the deopt path ({@code [1]}), sorted by their total.
     */
    public static void printBlocked(Map<String, long[]> byOp, PrintWriter out) {
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byOp.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1])).thenComparing(Map.Entry::getKey));
        out.println(String.format(Locale.ROOT, "%-26s %14s %16s %12s", "op (bytes blocked)", "rejected", "ok-with-deopt", "total"));
        for (Map.Entry<String, long[]> e : rows) {
            long[] v = e.getValue();
            out.println(String.format(Locale.ROOT, "%-26s %14d %16d %12d", e.getKey(), v[0], v[1], v[0] + v[1]));
        }
        out.flush();
    }

    private long count(String result) {
        return (long) registry.get(JitMeters.COMPILATIONS).tag("result", result).counter().count();
    }
}
