package dev.mino.cpjit;

import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tiers.ExecutionEvents;
import dev.mino.tiers.JitCapability;
import dev.mino.tiers.JitMode;
import dev.mino.tiers.TierUp;

import java.util.List;
import java.util.Optional;

/**
 * One state's native JIT: takes the state's hot bytecode methods, compiles each into a chain of stencils
 * in the state's code cache, and installs it as the method's entry. The mode decides when a method is
 * offered (ON: its first call; AUTO: its {@link #DEFAULT_THRESHOLD}th; OFF: never).
 */
final class Jit implements TierUp {
    static final int DEFAULT_THRESHOLD = 10;
    private static final System.Logger LOG = System.getLogger("dev.mino.cpjit");

    final ConstantPool constants = new ConstantPool();
    final CodeCache cache = new CodeCache();
    private final ExecutionEvents events;
    private final JitMode mode;
    private final int threshold;

    Jit(ExecutionEvents events, JitMode mode, int threshold) {
        this.events = events;
        this.mode = mode;
        this.threshold = threshold;
    }

    /** The host's stencils, prepared once per JVM (immutable); empty where the host has none. */
    static Optional<StencilSet> hostStencils() {
        return Host.STENCILS;
    }

    @Override
    public int threshold() {
        return switch (mode) {
            case ON -> 1;
            case AUTO -> threshold;
            case OFF -> NEVER;
        };
    }

    @Override
    public JitCapability capability() {
        return new JitCapability(true, mode, threshold, System.getProperty("os.arch"), System.getProperty("os.name"));
    }

    @Override
    public void hot(Object artifact) {
        BytecodeFn.Method m = (BytecodeFn.Method) artifact;
        try {
            compile(m);
        } catch (RuntimeException | OutOfMemoryError e) {
            // A method the JIT cannot take stays in the interpreter: never an error of the program.
            LOG.log(System.Logger.Level.DEBUG, "not compiled: " + m.owner().name(), e);
        }
        events.hot("cpjit", m);
    }

    /** Compiles m and installs its chain, unless it is rejected; answers the installed code or null. */
    NativeCode compile(BytecodeFn.Method m) {
        StencilSet set = Host.STENCILS.orElse(null);
        if (set == null || m.code.length > 0xFFFF) return null;
        ChainCompiler.Result r = new ChainCompiler(set).compile(m.code, m::constant, constants, pc -> pc, Helpers.slowPathAddress());
        if (r.eligibility() == ChainCompiler.Eligibility.REJECTED) return null;
        List<ChainImage.Step> steps = r.steps();
        NativeCode code = new NativeCode(this, m);
        code.installed(cache.install(code, maxSize(set, steps), at -> ChainImage.build(set, steps, at)));
        m.install(code);
        events.compiled("cpjit", code);
        return code;
    }

    /** An upper bound of a chain's size: every stencil's code and data, aligned, with room for its trampolines. */
    private static int maxSize(StencilSet set, List<ChainImage.Step> steps) {
        long n = 64;
        for (ChainImage.Step s : steps) {
            StencilSet.Prepared p = set.get(s.stencil());
            n += p.code().length + p.data().length + 16 + 16L * p.stencil().holes().size();
        }
        return Math.toIntExact(n);
    }

    void deoptimized(BytecodeFn.Method m, int pc) {
        if (!events.isEmpty()) events.deoptimized("cpjit", m, pc);
    }

    private static final class Host {
        static final Optional<StencilSet> STENCILS = ExecutableMemory.forHost() == null ? Optional.empty()
                : StencilLibrary.forHost().map(StencilSet::of);
    }
}
