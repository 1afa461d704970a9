package dev.mino.cpjit;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.TopLevel;
import dev.mino.tier.bytecode.BytecodeTier;
import dev.mino.runtime.embed.JitControl;
import dev.mino.tiers.FnTemplate;
import dev.mino.runtime.embed.JitMode;
import dev.mino.tiers.Tier;
import dev.mino.tiers.TierContext;

/**
 * The copy-and-patch native tier. It does not compile fn literals itself: they are compiled to bytecode
 * (the bytecode tier's templates), and this tier takes their hot methods up to native code, method by
 * method ({@link Jit}, attached to every state whose classpath has this module). Named as --tier=cpjit it
 * is the bytecode tier with the JIT; --tier=bytecode runs bytecode alone.
 */
public final class CpjitTier implements Tier {
    private final BytecodeTier bytecode = new BytecodeTier();

    @Override public String name() { return "cpjit"; }

    /** Below the bytecode tier: fns are compiled by it, and their methods are taken up from there. */
    @Override public int rank() { return 5; }

    @Override public boolean evaluatesTopLevel() { return false; }

    @Override public Object evalTopLevel(TopLevel form, TierContext ctx) {
        throw new UnsupportedOperationException("the cpjit tier compiles methods; top-level forms run on the tree-walker");
    }

    @Override public FnTemplate compile(FnNode fn, TierContext ctx) {
        return bytecode.compile(fn, ctx);
    }

    @Override public void attach(TierContext ctx) {
        if (!StencilLibrary.existsForHost()) {
            System.getLogger("dev.mino.cpjit").log(System.Logger.Level.DEBUG, "no native code on this host: the JIT is off");
            return;
        }
        JitMode mode = JitMode.parse(ctx.jitSetting());
        // ON compiles at first calls (benchmarks, parity runs): it prepares now, so the first call waits for nothing.
        if (mode == JitMode.ON) JitPreparation.prepare();
        boolean deoptALot = "1".equals(System.getenv("MINO_JIT_DEOPT_ALOT"));
        Jit jit = new Jit(ctx.events(), mode, JitControl.parseThreshold(ctx.jitThresholdSetting()), deoptALot);
        String faults = System.getenv("MINO_JIT_FAULT_RATE");
        if (faults != null && !faults.isBlank()) jit.calls.injectFaults(Double.parseDouble(faults));
        ctx.setTierUp(jit);
    }
}
