package dev.mino.metrics;

import dev.mino.runtime.embed.JitControl;
import dev.mino.tiers.CompileReport;
import dev.mino.tiers.ExecutionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * One state's JIT statistics as Micrometer meters (names in Micrometer's dotted style; each registry renders
 * them its way, Prometheus as {@code mino_jit_compilations_total} and so on). Tags stay bounded: a result
 * (3 values), an op name (the bytecode op set) and a kind (2 values); never a fn name.
 */
final class JitMeters implements ExecutionListener {
    static final String COMPILATIONS = "mino.jit.compilations";
    static final String COMPILE_TIME = "mino.jit.compile.time";
    static final String DEOPTS = "mino.jit.deopts";
    static final String INVALIDATIONS = "mino.jit.invalidations";
    static final String CANCELLATIONS = "mino.jit.cancellations";
    static final String CODE_BYTES = "mino.jit.code.bytes";
    static final String BLOCKED_BYTES = "mino.jit.blocked.bytes";
    static final String NATIVE_ENTRIES = "mino.jit.native.entries";

    private final MeterRegistry registry;
    private final Timer compileTime;
    private final Counter deopts;
    private final Counter invalidations;
    private final Counter cancellations;

    JitMeters(MeterRegistry registry, JitControl jit) {
        this.registry = registry;
        this.compileTime = Timer.builder(COMPILE_TIME).description("Time to compile and install a method's native code").register(registry);
        this.deopts = Counter.builder(DEOPTS).description("Side exits from native code back to the interpreter").register(registry);
        this.invalidations = Counter.builder(INVALIDATIONS).description("Native code dropped because a var it assumed changed").register(registry);
        this.cancellations = Counter.builder(CANCELLATIONS).description("Native code stopped by future-cancel at a poll").register(registry);
        Gauge.builder(CODE_BYTES, jit, JitControl::nativeCodeBytes).baseUnit("bytes")
                .description("Native code and data bytes installed and live").register(registry);
        FunctionCounter.builder(NATIVE_ENTRIES, jit, JitControl::nativeEntries)
                .description("Calls that entered native code from Java").register(registry);
        for (CompileReport.Result r : CompileReport.Result.values()) compilations(r);
    }

    private Counter compilations(CompileReport.Result r) {
        return Counter.builder(COMPILATIONS).tag("result", r.tag()).description("Methods the JIT compiled, by result").register(registry);
    }

    @Override
    public void compiled(String tier, Object artifact) {}

    @Override
    public void compileReport(String tier, CompileReport r) {
        compilations(r.result()).increment();
        if (r.result() != CompileReport.Result.REJECTED) compileTime.record(r.nanos(), TimeUnit.NANOSECONDS);
        if (r.blockingOp() != null) {
            String kind = r.result() == CompileReport.Result.REJECTED ? "hard" : "ok_with_deopt";
            Counter.builder(BLOCKED_BYTES).tag("op", r.blockingOp()).tag("kind", kind).baseUnit("bytes")
                    .description("Bytecode bytes of methods an op kept from native code, entirely (hard) or past a deopt point")
                    .register(registry).increment(r.bytecodeBytes());
        }
    }

    @Override
    public void deoptimized(String tier, Object method, int pc) {
        deopts.increment();
    }

    @Override
    public void invalidated(String tier, Object method, String reason) {
        invalidations.increment();
    }

    @Override
    public void cancelled(String tier) {
        cancellations.increment();
    }
}
