/* LOOP_INT_DEC A B: while R(A) != 0 (B=0) or R(A) > 0 (B=1): R(A) -= 1 (CountedLoops.dec) on a fixnum, stopping at the least fixnum; trip count known, one sub per polled budget. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A);
    if (UNLIKELY(!(i & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = steps_down(i, OPERAND_VALUE(B) != 0);
    /* A whole budget at a time, then the register written back and the cancel flag polled (restartable here). */
    while (left >= POLL_INTERVAL) {
        i -= 2 * POLL_INTERVAL;
        left -= POLL_INTERVAL;
        R(A) = i;
        if (UNLIKELY(ctx->cancel)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    }
    R(A) = i - 2 * left;
    CONTINUE();
}
