package dev.mino.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MinoMetricsTest {
    static MinoState state(String jit) {
        return Mino.newState(MinoOptions.commandLine("bytecode", jit));
    }

    @Test
    void theJitsEventsBecomeMeters() {
        MinoState s = state("on");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MinoMetrics.bind(s, registry);
        s.eval("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))"
                + "(defn guarded [x] (let [y (+ x 1)] (try (/ 10 y) (catch ArithmeticException e :div0))))");
        assertEquals(55L, s.eval("(fib 10)"));
        s.eval("(guarded 1) (guarded -1) (fib 2.5)");
        assertTrue(count(registry, "ok") >= 1, "fib compiled whole");
        assertTrue(count(registry, "ok_with_deopt") >= 1, "guarded: native up to its try");
        assertTrue(registry.get(JitMeters.BLOCKED_BYTES).tag("op", "PUSHCATCH").tag("kind", "ok_with_deopt").counter().count() > 0);
        assertTrue(registry.get(JitMeters.DEOPTS).counter().count() >= 1, "fib on a double left native code");
        assertTrue(registry.get(JitMeters.CODE_BYTES).gauge().value() > 0);
        assertTrue(registry.get(JitMeters.COMPILE_TIME).timer().count() >= 2);
        assertTrue(registry.get(JitMeters.NATIVE_ENTRIES).functionCounter().count() >= 1);
    }

    @Test
    void theDashboardReadsTheMeters() {
        MinoState s = state("on");
        JitStats stats = JitStats.attach("summary", s, null);
        s.eval("(defn guarded [x] (let [y (+ x 1)] (try (/ 10 y) (catch ArithmeticException e :div0)))) (guarded 1)");
        StringWriter out = new StringWriter();
        stats.printDashboard(new PrintWriter(out));
        String text = out.toString();
        assertTrue(text.startsWith("cpjit stats: compilations "), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("PUSHCATCH ")), text);
    }

    @Test
    void statsAreOffUnlessAsked() {
        assertEquals(null, JitStats.attach(null, state("auto"), null));
        assertEquals(null, JitStats.attach("verbose", state("auto"), null));
    }

    private static double count(SimpleMeterRegistry r, String result) {
        return r.get(JitMeters.COMPILATIONS).tag("result", result).counter().count();
    }
}
