/* LOOP_INT_LT_INC A B C: while R(A) < R(B): R(A) += 1, R(C) += 1 (CountedLoops.ltInc) on fixnums, stopping before R(C) leaves 63 bits; trip count known, one add each per polled budget. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A), n = R(B), j = R(C);
    if (UNLIKELY(!(i & n & j & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = min_steps(steps_up(i, n), steps_up(j, FIXNUM_MAX_WORD));
    /* A whole budget at a time, then the registers written back (i, then j) and the cancel flag polled. */
    while (left >= POLL_INTERVAL) {
        i += 2 * POLL_INTERVAL;
        j += 2 * POLL_INTERVAL;
        left -= POLL_INTERVAL;
        R(A) = i;
        R(C) = j;
        if (UNLIKELY(ctx->cancel)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    }
    R(A) = i + 2 * left;
    R(C) = j + 2 * left;
    CONTINUE();
}
