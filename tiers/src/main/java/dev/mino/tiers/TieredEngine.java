package dev.mino.tiers;

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
    private volatile TierUp tierUp;

    public TieredEngine(List<Tier> tiers, String preferred) {
        this(tiers, preferred, null);
    }

    /** jit: the JIT mode the state starts in ("auto", "on", "off"; null: MINO_JIT or the default). */
    public TieredEngine(List<Tier> tiers, String preferred, String jit) {
        this.jitSetting = jit;
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

    @Override public ExecutionEvents events() { return events; }

    @Override public TierUp tierUp() { return tierUp; }

    @Override public void setTierUp(TierUp t) { tierUp = t; }

    @Override public String jitSetting() { return jitSetting; }

    /** What the state's JIT can do and how it is set (JitCapability.none() without a JIT tier). */
    public JitCapability jitCapability() {
        TierUp t = tierUp;
        return t == null ? JitCapability.none() : t.capability();
    }

    /** The execution listeners of state, whose engine is a TieredEngine (as every state's is, through its provider). */
    public static ExecutionEvents events(MinoState state) {
        if (state.engine() instanceof TieredEngine e) return e.events;
        throw new IllegalStateException("the state runs on " + state.engine().getClass().getName() + ", not the tiered engine");
    }
}
