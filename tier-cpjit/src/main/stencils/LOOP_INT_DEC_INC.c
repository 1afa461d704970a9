/* LOOP_INT_DEC_INC A B C: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(A) -= 1, R(B) += 1 (CountedLoops.decInc) on fixnums, stopping at the 63-bit ends; one sub/add per polled budget. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A), j = R(B);
    if (UNLIKELY(!(i & j & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = min_steps(steps_down(i, OPERAND_VALUE(C) != 0), steps_up(j, FIXNUM_MAX_WORD));
    /* A whole budget at a time, then the registers written back (i, then j) and the cancel flag polled. */
    while (left >= POLL_INTERVAL) {
        i -= 2 * POLL_INTERVAL;
        j += 2 * POLL_INTERVAL;
        left -= POLL_INTERVAL;
        R(A) = i;
        R(B) = j;
        if (UNLIKELY(ctx->cancel)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    }
    R(A) = i - 2 * left;
    R(B) = j + 2 * left;
    CONTINUE();
}
