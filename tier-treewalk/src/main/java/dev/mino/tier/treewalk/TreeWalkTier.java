package dev.mino.tier.treewalk;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.TopLevel;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.Tier;
import dev.mino.tiers.TierContext;

/** The first tier: evaluates the analyzed AST by walking executable nodes built from it. */
public final class TreeWalkTier implements Tier {
    @Override public String name() { return "treewalk"; }

    @Override public int rank() { return 0; }

    @Override public boolean evaluatesTopLevel() { return true; }

    @Override public Object evalTopLevel(TopLevel form, TierContext ctx) {
        Exec body = new ExecBuilder(ctx).build(form.body());
        return body.exec(new Object[form.frameSize()]);
    }

    @Override public FnTemplate compile(FnNode fn, TierContext ctx) {
        return new ExecBuilder(ctx).template(fn);
    }
}
