package dev.mino.tiers;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.analyzer.TopLevel;

/**
 * An execution tier, found with ServiceLoader. The engine runs top-level forms on a tier that can evaluate
 * them and compiles every fn literal with the preferred tier (the highest rank, or the one the user named).
 */
public interface Tier {
    /** Short name used by --tier= and MINO_TIER, e.g. "treewalk". */
    String name();

    /** Preference among tiers for compiling fns: higher wins. */
    int rank();

    /** Whether evalTopLevel is supported (top-level forms may stay on the tree-walker). */
    boolean evaluatesTopLevel();

    /** Runs an analyzed top-level form. */
    Object evalTopLevel(TopLevel form, TierContext ctx);

    /** Compiles a fn literal into a template that makes closures. */
    FnTemplate compile(FnNode fn, TierContext ctx);

    /** The mino frames error unwound through in this tier's fns, innermost first (see ExecutionEngine.frames). */
    default java.util.List<String> frames(Throwable error) {
        return java.util.List.of();
    }

    /**
     * Called once when a state's engine is made with this tier among its tiers, whichever tier compiles
     * its fns: a tier that takes methods of another up (the native JIT) registers its {@link TierUp} here.
     */
    default void attach(TierContext ctx) {}
}
