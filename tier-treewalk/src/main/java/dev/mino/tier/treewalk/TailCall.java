package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.Fn;

/** A call in tail position, returned to the calling closure's trampoline instead of growing the stack. */
final class TailCall {
    final Closure fn;
    final Object[] args;

    TailCall(Closure fn, Object[] args) {
        this.fn = fn;
        this.args = args;
    }

    /** Used only when a tail call meets a non-closure: run it directly. */
    static Object invoke(Fn fn, Object[] args) {
        return fn.invokeN(args);
    }
}
