package dev.mino.tier.treewalk;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.TierContext;

/** (fn* ...): makes a closure over copies of the captured slots. Compiled on first evaluation. */
final class FnLiteral extends Exec {
    private final FnNode node;
    private final TierContext ctx;
    final int[] captureSlots;
    private FnTemplate template;

    FnLiteral(FnNode node, TierContext ctx) {
        this.node = node;
        this.ctx = ctx;
        this.captureSlots = node.captures().stream().mapToInt(c -> c.outer().slot()).toArray();
    }

    @Override Object exec(Object[] f) {
        return template().instantiate(captureValues(f));
    }

    Object[] captureValues(Object[] f) {
        Object[] caps = new Object[captureSlots.length];
        for (int i = 0; i < caps.length; i++) caps[i] = f[captureSlots[i]];
        return caps;
    }

    FnTemplate template() {
        FnTemplate t = template;
        if (t == null) {
            t = ctx.compileFn(node);
            template = t;
        }
        return t;
    }
}
