package dev.mino.policy;

import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.TieringPolicy;

/**
 * The rules a state tiers by unless its embedder sets a policy (ARCHITECTURE.md 6):
 * <ul>
 *   <li>ON compiles every fn at its first call; OFF never compiles; AUTO offers a fn when its call count
 *       reaches the state's hot threshold (default 10), and a fn first called from native code at that call
 *       (inside a compiled region every callee's threshold is 1).</li>
 *   <li>AUTO then compiles only what pays for itself. Entering native code from Java costs a downcall and a
 *       copy of the arguments, and every exit to Java an upcall and a copy of the window, which the
 *       interpreter does not pay; so a fn is compiled when it never has to leave native code on its common
 *       path (no allocation, var, interop, generic-call or tail-call op, no cached call of a builtin) and it
 *       loops or calls other native fns, or native code is calling it. Measured: compiling every hot fn made
 *       the allocation benchmark rows 1.3-1.5x slower than the interpreter; with this rule they are level.</li>
 * </ul>
 */
public final class DefaultTieringPolicy implements TieringPolicy {
    public static final DefaultTieringPolicy INSTANCE = new DefaultTieringPolicy();

    private DefaultTieringPolicy() {}

    @Override
    public int threshold(Candidate candidate, JitMode mode, int stateThreshold) {
        return switch (mode) {
            case ON -> 1;
            case AUTO -> candidate.calledFromNative() ? 1 : stateThreshold;
            case OFF -> Integer.MAX_VALUE;
        };
    }

    @Override
    public boolean compile(Candidate c, JitMode mode) {
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !c.leavesNativeCode() && (c.loops() || c.callsNatively() || c.calledFromNative());
        };
    }
}
