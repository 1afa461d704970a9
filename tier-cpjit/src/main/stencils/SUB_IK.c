/* SUB_IK A B C: R(A) := (- R(B) sC); inline on a fixnum whose difference with the immediate fits 63 bits (word - 2sC, checked), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    int64_t diff;
    /* (2x+1) - 2k = 2(x-k) + 1: the fixnum word of the difference, overflowing exactly when x-k leaves 63 bits. */
    if (LIKELY(b & 1) && !__builtin_sub_overflow((int64_t)b, (int64_t)((word)SIGNED_OPERAND(C) << 1), &diff)) {
        R(A) = (word)diff;
        CONTINUE();
    }
    SLOW();
}
