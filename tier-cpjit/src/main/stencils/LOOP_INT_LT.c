/* LOOP_INT_LT A B: while R(A) < R(B): R(A) += 1 (CountedLoops.lt) on fixnums; the trip count is known, so each POLL_INTERVAL budget of iterations is one add, polled between. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A), n = R(B);
    if (UNLIKELY(!(i & n & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = steps_up(i, n);
    /* A whole budget at a time, then the registers written back and the cancel flag polled (restartable here). */
    while (left >= POLL_INTERVAL) {
        i += 2 * POLL_INTERVAL;
        left -= POLL_INTERVAL;
        R(A) = i;
        if (UNLIKELY(ctx->cancel)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    }
    R(A) = i + 2 * left;
    CONTINUE();
}
