package dev.mino.tiers;

import dev.mino.runtime.embed.JitControl;
import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.TopLevel;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.eval.ExecutionEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The runtime's engine: routes top-level forms and fn literals to the discovered tiers. */
public final class TieredEngine implements ExecutionEngine, TierContext {
    private final Tier topLevelTier;
    private final Tier fnTier;
    private final ExecutionEvents events = new ExecutionEvents();
    private final String jitSetting;
    private final String jitThresholdSetting;
    private volatile TierUp tierUp;
    /** The JIT of this state when no tier takes methods up: it keeps the settings, compiles nothing. */
    private final JitControl absentJit;

    public TieredEngine(List<Tier> tiers, String preferred) {
        this(tiers, preferred, null, null);
    }

    /**
     * jit: the JIT mode the state starts in ("auto", "on", "off"; null: the default); jitThreshold: the hot
     * threshold as text (null: the default). Bad values are an IllegalArgumentException naming the accepted ones.
     */
    public TieredEngine(List<Tier> tiers, String preferred, String jit, String jitThreshold) {
        this.jitSetting = jit;
        this.jitThresholdSetting = jitThreshold;
        this.absentJit = JitControl.absent(JitMode.parse(jit), JitControl.parseThreshold(jitThreshold));
        if (tiers.isEmpty()) throw new IllegalStateException("No mino tier found on the classpath");
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparingInt(Tier::rank));
        this.topLevelTier = sorted.stream().filter(Tier::evaluatesTopLevel).findFirst()
                .orElseThrow(() -> new IllegalStateException("No tier can evaluate top-level forms"));
        if (preferred == null || preferred.isBlank()) {
            this.fnTier = sorted.get(sorted.size() - 1);
        } else {
            this.fnTier = sorted.stream().filter(t -> t.name().equals(preferred)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown tier: " + preferred + " (available: "
                            + String.join(", ", sorted.stream().map(Tier::name).toList()) + ")"));
        }
        for (Tier t : sorted) t.attach(this);
        if (tierUp == null) {
            System.getLogger("dev.mino.tiers").log(System.Logger.Level.DEBUG, "no JIT tier on the classpath: fns run on " + fnTier.name());
        }
    }

    /** Every tier registered with ServiceLoader. */
    public static List<Tier> discover() {
        List<Tier> out = new ArrayList<>();
        ServiceLoader.load(Tier.class, TieredEngine.class.getClassLoader()).forEach(out::add);
        return out;
    }

    @Override public Object eval(TopLevel form) {
        return topLevelTier.evalTopLevel(form, this);
    }

    @Override public FnTemplate compileFn(FnNode fn) {
        Object c = fn.compiled;
        if (c instanceof FnTemplate t) return t;
        FnTemplate t = fnTier.compile(fn, this);
        fn.compiled = t;
        return t;
    }

    @Override public String describe() { return fnTier.name(); }

    /** The frames of the tier that compiles fns: top-level forms run no fns of their own. */
    @Override public List<String> frames(Throwable error) { return fnTier.frames(error); }

    @Override public ExecutionEvents events() { return events; }

    @Override public TierUp tierUp() { return tierUp; }

    @Override public void setTierUp(TierUp t) { tierUp = t; }

    @Override public String jitSetting() { return jitSetting; }

    @Override public String jitThresholdSetting() { return jitThresholdSetting; }

    @Override public JitControl jit() {
        TierUp t = tierUp;
        return t != null ? t : absentJit;
    }

    /** The execution listeners of state, whose engine is a TieredEngine (as every state's is, through its provider). */
    public static ExecutionEvents events(MinoState state) {
        if (state.engine() instanceof TieredEngine e) return e.events;
        throw new IllegalStateException("the state runs on " + state.engine().getClass().getName() + ", not the tiered engine");
    }
}
