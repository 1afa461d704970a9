/* LOOP_INT_LT_ACC A B C X: while R(A) < R(B): R(C) += R(X), R(A) += 1 (CountedLoops.ltAcc) on fixnums, stopping before R(C) leaves 63 bits; each polled budget summed at once. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A), n = R(B), acc = R(C), x = R(X);
    if (UNLIKELY(!(i & n & acc & x & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = steps_up(i, n);
    /* x is the counter itself (a loop of its own, stepping the addend) or loop-invariant. */
    int cancelled = OPERAND_VALUE(X) == OPERAND_VALUE(A) ? accumulate(ctx, &R(A), &R(C), i, 2, acc, i, 1, left)
                                                         : accumulate(ctx, &R(A), &R(C), i, 2, acc, x, 0, left);
    if (UNLIKELY(cancelled)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    CONTINUE();
}
