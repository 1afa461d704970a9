package dev.mino.cpjit;

import dev.mino.runtime.lang.Var;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Op;
import dev.mino.tiers.CompileReport;
import dev.mino.tiers.ExecutionEvents;
import dev.mino.runtime.embed.JitCapability;
import dev.mino.policy.DefaultTieringPolicy;
import dev.mino.runtime.embed.JitControl;
import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.TieringPolicy;
import dev.mino.tiers.TierUp;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * One state's native JIT: takes the state's hot bytecode methods, compiles each into a chain of stencils
 * in the state's code cache, and installs it as the method's entry. The mode decides when a method is
 * offered and whether it is compiled as the state's {@link TieringPolicy} says (by default
 * {@link DefaultTieringPolicy}: ON at the first call, AUTO at the hot threshold and only what pays for itself,
 * OFF never), from what {@link Candidates} finds in the method. Mode, threshold and policy may change while
 * the state runs: the methods not yet compiled count again under the new settings.
 */
final class Jit implements TierUp {
    private static final System.Logger LOG = System.getLogger("dev.mino.cpjit");

    final ConstantPool constants = new ConstantPool();
    /** Made at the first compile: a state that never compiles maps nothing and binds no native calls. */
    private volatile CodeCache cache;
    final ChainRegistry registry = new ChainRegistry();
    final VarGuards guards = new VarGuards();
    private final ExecutionEvents events;
    private volatile JitMode mode;
    private volatile int threshold;
    private volatile TieringPolicy policy = DefaultTieringPolicy.INSTANCE;
    /** Methods offered to this JIT (weakly: dropped fns go), re-armed when the settings change. */
    private final Set<BytecodeFn.Method> tracked = Collections.newSetFromMap(new WeakHashMap<>());
    /** Deopt-a-lot (MINO_JIT_DEOPT_ALOT=1, for tests): every chain side-exits at each of its op boundaries in turn. */
    final boolean deoptALot;
    /** Whether installed chains go to the perf map (MINO_PERF_MAP=1, --perf-map). */
    private final boolean perfMap = PerfMap.enabled();
    /** What the call helper does for this state's chains. */
    final CallSites calls = new CallSites(this);

    Jit(ExecutionEvents events, JitMode mode, int threshold, boolean deoptALot) {
        this.events = events;
        this.mode = mode;
        this.threshold = threshold;
        this.deoptALot = deoptALot;
    }

    CodeCache cache() {
        CodeCache c = cache;
        if (c == null) {
            synchronized (this) {
                c = cache;
                if (c == null) cache = c = new CodeCache(perfMap);
            }
        }
        return c;
    }

    @Override
    public int threshold(Object method) {
        BytecodeFn.Method m = (BytecodeFn.Method) method;
        synchronized (tracked) {
            tracked.add(m);
        }
        return thresholdOf(m);
    }

    /** What the policy makes m's threshold under the current settings (TierUp.NEVER for OFF). */
    private int thresholdOf(BytecodeFn.Method m) {
        JitMode md = mode;
        if (md == JitMode.OFF) return NEVER;
        TieringPolicy p = policy;
        if (p == DefaultTieringPolicy.INSTANCE) return md == JitMode.ON ? 1 : threshold;
        try {
            return Math.max(1, p.threshold(Candidates.of(m, 0, false), md, threshold));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "tiering policy failed on " + m.owner().name(), e);
            return NEVER;
        }
    }

    /** Whether the policy compiles m now (a policy that throws answers no). */
    private boolean decide(BytecodeFn.Method m, boolean calledFromNative) {
        try {
            return policy.compile(Candidates.of(m, calledFromNative ? 1 : threshold, calledFromNative), mode);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "tiering policy failed on " + m.owner().name(), e);
            return false;
        }
    }

    @Override
    public JitCapability capability() {
        return new JitCapability(true, mode, threshold, System.getProperty("os.arch"), System.getProperty("os.name"));
    }

    @Override
    public void setMode(JitMode m) {
        mode = Objects.requireNonNull(m, "mode");
        if (m == JitMode.ON) JitPreparation.prepare();
        rearm();
    }

    @Override
    public void setHotThreshold(int calls) {
        threshold = JitControl.checkThreshold(calls);
        rearm();
    }

    @Override
    public void setPolicy(TieringPolicy p) {
        policy = p == null ? DefaultTieringPolicy.INSTANCE : p;
        rearm();
    }

    /**
     * The settings changed: methods without native code count again under them; with OFF, native code stops
     * being entered (activations running in it finish there).
     */
    private void rearm() {
        List<BytecodeFn.Method> methods;
        synchronized (tracked) {
            methods = List.copyOf(tracked);
        }
        declined.clear();
        for (BytecodeFn.Method m : methods) {
            if (mode == JitMode.OFF && m.entry() instanceof NativeCode c && c.jit == this) c.invalidate("the JIT was turned off");
            if (m.entry() == null) m.countAgain(thresholdOf(m));
        }
    }

    @Override
    public void hot(Object artifact) {
        BytecodeFn.Method m = (BytecodeFn.Method) artifact;
        events.hot("cpjit", m);
        if (mode == JitMode.OFF || !decide(m, false)) return;
        if (!JitPreparation.isPrepared()) {
            // The JVM's first method worth compiling: native calls get bound in the background meanwhile,
            // and the method is offered again after another threshold of calls rather than waiting for them.
            JitPreparation.prepareInBackground();
            m.countAgain(thresholdOf(m));
            return;
        }
        compileOrDecline(m);
    }

    /** Methods the JIT declined (rejected, or failed to compile): not offered again. Weak: they may be dropped. */
    private final Map<BytecodeFn.Method, Boolean> declined = Collections.synchronizedMap(new WeakHashMap<>());

    private boolean declined(BytecodeFn.Method m) {
        return declined.containsKey(m);
    }

    /** Whether a callee about to be linked from native code may be compiled for it (the callee rule, and the policy). */
    boolean mayLink(BytecodeFn.Method cm) {
        return mode != JitMode.OFF && !declined(cm) && decide(cm, true);
    }

    NativeCode compileOrDecline(BytecodeFn.Method m) {
        NativeCode code = null;
        try {
            code = compile(m);
        } catch (RuntimeException | OutOfMemoryError e) {
            // A method the JIT cannot take stays in the interpreter: never an error of the program. It is
            // reported as rejected, so that stats and the corpus task show a compiler bug rather than hide it.
            LOG.log(System.Logger.Level.DEBUG, "not compiled: " + m.owner().name(), e);
            report(m, CompileReport.Result.REJECTED, "compile error " + e.getClass().getSimpleName(), -1, 0, System.nanoTime());
        }
        if (code == null) declined.put(m, Boolean.TRUE);
        return code;
    }

    /** Compiles m and installs its chain, unless it is rejected; answers the installed code or null. */
    NativeCode compile(BytecodeFn.Method m) {
        StencilSet set = JitPreparation.hostStencils().orElse(null);
        if (set == null) return null;
        long started = System.nanoTime();
        if (m.code.length > 0xFFFF) {
            report(m, CompileReport.Result.REJECTED, "too long", 0xFFFF, 0, started);
            return null;
        }
        NativeCode code = new NativeCode(this, m);
        ChainCompiler.Bindings bindings = new ChainCompiler.Bindings(constants, pc -> code.pcTag() | pc, code.pcTag(),
                op -> isCall(op) ? Helpers.callAddress() : Helpers.slowPathAddress(), code::xAt, deoptALot);
        ChainCompiler.Result r = new ChainCompiler(set).compile(m.code, m::constant, bindings);
        if (r.eligibility() == ChainCompiler.Eligibility.REJECTED) {
            report(m, CompileReport.Result.REJECTED, r.blockingOp(), r.blockingPc(), 0, started);
            return null;
        }
        List<ChainImage.Step> steps = r.steps();
        code.installed(cache().install(code, maxSize(set, steps), at -> ChainImage.build(set, steps, at)));
        int[] stepOfPc = r.stepOfPc();
        for (int pc = 0; pc < stepOfPc.length; pc++) {
            if (stepOfPc[pc] >= 0) for (Var v : m.guardVars(pc)) guards.watch(v, code);
        }
        m.install(code);
        if (perfMap) PerfMap.write(code.entryAddress(), code.bytes(), m);
        events.compiled("cpjit", code);
        boolean whole = r.eligibility() == ChainCompiler.Eligibility.OK;
        report(m, whole ? CompileReport.Result.OK : CompileReport.Result.OK_WITH_DEOPT, whole ? null : r.blockingOp(),
                r.blockingPc(), code.bytes(), started);
        return code;
    }

    private void report(BytecodeFn.Method m, CompileReport.Result result, String op, int pc, long codeBytes, long started) {
        if (events.isEmpty()) return;
        events.compileReport("cpjit", new CompileReport(m.owner().name(), m.arity, result, op, pc, 4 * m.code.length, codeBytes,
                System.nanoTime() - started));
    }

    @Override
    public long nativeCodeBytes() {
        CodeCache c = cache;
        return c == null ? 0 : c.liveBytes();
    }

    /** Calls from Java into native code (NativeCode.enter; plain increments: approximate under races). */
    long entries;

    @Override
    public long nativeEntries() {
        return entries;
    }

    void cancelled() {
        if (!events.isEmpty()) events.cancelled("cpjit");
    }

    private static boolean isCall(int op) {
        return op == Op.CALL_CACHED || op == Op.CALL || op == Op.PROTOCOL_CALL_CACHED;
    }

    /** Whether m has an op specialised against v's fn. */
    boolean assumes(BytecodeFn.Method m, Var v) {
        for (int pc = 0; pc < m.code.length; pc += Op.width(Insn.op(m.code[pc]))) {
            if (m.guardVars(pc).contains(v)) return true;
        }
        return false;
    }

    void invalidated(NativeCode code, String reason) {
        code.method.countAgain(thresholdOf(code.method));
        if (!events.isEmpty()) events.invalidated("cpjit", code.method, reason);
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

}
