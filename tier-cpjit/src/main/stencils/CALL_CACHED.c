/*
 * CALL_CACHED A B X: R(A) := (var of the site's cache)(R(A) .. R(A+B-1)). X is the address of the site's
 * link cell: the entry of the callee's native code while the var holds a bytecode fn whose method for B
 * arguments is native (the call then stays in machine code, its window at R(A)), else 0. The helper makes
 * every other call in Java, and deals with a native callee that did not return normally: it finishes a
 * callee that left for the interpreter (a deopt, a tail call) or notes this frame on an error.
 */
#include "mino_stencil.h"

STENCIL {
    mino_stencil *callee = *(mino_stencil *const volatile *)OPERAND(X);
    word *window = regs + OPERAND(A);
    if (LIKELY(callee != 0) && LIKELY((uintptr_t)(window + MINO_WINDOW_HEADROOM) <= ctx->regs_limit)
            && LIKELY(stack_pointer() >= ctx->stack_limit)) {
        word result = callee(window, ctx);
        if (LIKELY(ctx->status == MINO_STATUS_OK)) {
            R(A) = result;
            CONTINUE();
        }
        if (ctx->status == MINO_STATUS_STACK || ctx->status == MINO_STATUS_CANCELLED) return 0;
    }
    int64_t status = call_helper(regs, ctx);
    if (UNLIKELY(status != MINO_STATUS_OK)) return exit_at_pc(ctx, status);
    CONTINUE();
}
