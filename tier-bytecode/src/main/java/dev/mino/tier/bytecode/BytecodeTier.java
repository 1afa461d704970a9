package dev.mino.tier.bytecode;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.TopLevel;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.Tier;
import dev.mino.tiers.TierContext;
import dev.mino.tiers.TieredEngine;

/**
 * The register bytecode tier: compiles every fn literal to a {@link BytecodeFn} and interprets it. Top-level
 * forms stay on a tier that evaluates them (the tree-walker). A fn too large for the instruction encoding is
 * compiled by that tier instead.
 */
public final class BytecodeTier implements Tier {
    private volatile Tier fallback;

    @Override public String name() { return "bytecode"; }

    /** Above the tree-walker: fns run on bytecode by default (--tier=treewalk / MINO_TIER=treewalk to compare). */
    @Override public int rank() { return 10; }

    @Override public boolean evaluatesTopLevel() { return false; }

    @Override public Object evalTopLevel(TopLevel form, TierContext ctx) {
        throw new UnsupportedOperationException("the bytecode tier compiles fns; top-level forms run on the tree-walker");
    }

    @Override public FnTemplate compile(FnNode fn, TierContext ctx) {
        Interpreter.warmUp();
        BytecodeFn compiled = new BytecodeFn(fn, ctx, node -> fallback().compile(node, ctx));
        ctx.events().compiled(name(), compiled);
        return compiled;
    }

    @Override public java.util.List<String> frames(Throwable error) {
        return MinoStackTrace.of(error).stream().map(MinoStackTrace.Frame::toString).toList();
    }

    /** The lowest-ranked other tier that evaluates top-level forms (the tree-walker). */
    private Tier fallback() {
        Tier t = fallback;
        if (t == null) {
            t = TieredEngine.discover().stream()
                    .filter(x -> x.evaluatesTopLevel() && !x.name().equals(name()))
                    .min(java.util.Comparator.comparingInt(Tier::rank))
                    .orElseThrow(() -> new IllegalStateException("fn too large for the bytecode tier and no other tier to run it"));
            fallback = t;
        }
        return t;
    }
}
