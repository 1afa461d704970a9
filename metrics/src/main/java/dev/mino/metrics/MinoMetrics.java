package dev.mino.metrics;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.TieredEngine;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Binds a state's JIT statistics to an embedder's Micrometer registry:
 * <pre>{@code
 * MeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
 * MinoMetrics.bind(state, registry);
 * }</pre>
 * Meters: {@code mino.jit.compilations{result=ok|ok_with_deopt|rejected}}, {@code mino.jit.compile.time},
 * {@code mino.jit.deopts}, {@code mino.jit.invalidations}, {@code mino.jit.cancellations},
 * {@code mino.jit.code.bytes} (live native code), {@code mino.jit.blocked.bytes{op, kind=hard|ok_with_deopt}}
 * (bytecode an op kept from native code), {@code mino.jit.native.entries}.
 */
public final class MinoMetrics {
    private MinoMetrics() {}

    /** Starts counting state's JIT events into registry (a state without a JIT shows zeros). */
    public static void bind(MinoState state, MeterRegistry registry) {
        TieredEngine.events(state).add(new JitMeters(registry, state.engine().jit()));
    }
}
