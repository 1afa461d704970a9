package dev.mino.tiers;

import dev.mino.runtime.embed.JitControl;

/**
 * A higher tier that takes over single methods of a lower one (the native JIT over bytecode). The lower
 * tier counts each method's calls and offers the method once the count reaches {@link #threshold(Object)}; the
 * higher tier compiles it and installs an entry the lower tier calls from then on. One per state.
 */
public interface TierUp extends JitControl {
    /** Threshold meaning that methods are never offered. */
    int NEVER = Integer.MAX_VALUE;

    /** Calls after which method is offered (1: at its first call), or {@link #NEVER}; asked when it is first compiled to bytecode. */
    int threshold(Object method);

    /** The method's call count reached the threshold: compile it now, or decline. Must not throw. */
    void hot(Object method);
}
