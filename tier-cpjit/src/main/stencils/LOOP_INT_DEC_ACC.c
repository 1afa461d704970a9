/* LOOP_INT_DEC_ACC A B C X: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(B) += R(X), R(A) -= 1 (CountedLoops.decAcc) on fixnums, within 63 bits; each polled budget summed at once. */
#include "mino_stencil.h"

STENCIL {
    word i = R(A), acc = R(B), x = R(X);
    if (UNLIKELY(!(i & acc & x & 1))) CONTINUE(); /* a boxed or other operand: the loop's ordinary code runs it */
    uint64_t left = steps_down(i, OPERAND_VALUE(C) != 0);
    /* x is the counter itself (a loop of its own, stepping the addend) or loop-invariant. */
    int cancelled = OPERAND_VALUE(X) == OPERAND_VALUE(A) ? accumulate(ctx, &R(A), &R(B), i, (word)-2, acc, i, 1, left)
                                                         : accumulate(ctx, &R(A), &R(B), i, (word)-2, acc, x, 0, left);
    if (UNLIKELY(cancelled)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    CONTINUE();
}
