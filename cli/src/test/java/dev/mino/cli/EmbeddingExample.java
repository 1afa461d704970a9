package dev.mino.cli;

import dev.mino.metrics.MinoMetrics;
import dev.mino.policy.DefaultTieringPolicy;
import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The README's embedding example, compiled and run by EmbeddingExampleTest. */
public final class EmbeddingExample {
    public static void main(String[] args) {
        MinoState mino = Mino.newState();
        mino.setJitMode(JitMode.AUTO);                    // or ON (every fn at its first call), OFF
        mino.setJitHotThreshold(50);                      // a long-lived process can wait longer
        mino.setTieringPolicy((fn, mode) -> !fn.namespace().startsWith("scratch")   // never compile one namespace,
                && DefaultTieringPolicy.INSTANCE.compile(fn, mode));                // else the default rules
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MinoMetrics.bind(mino, registry);
        mino.eval("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))");
        System.out.println(mino.eval("(fib 25)"));         // 75025
        System.out.println(mino.jitCapability());         // available, mode, threshold, host
        System.out.println(registry.scrape().lines().filter(l -> l.startsWith("mino_jit_compilations_total")).toList());
    }
}
