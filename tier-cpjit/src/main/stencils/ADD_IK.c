/* ADD_IK A B C: R(A) := (+ R(B) sC); inline on a fixnum whose sum with the immediate fits 63 bits (word + 2sC, checked), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    int64_t sum;
    /* (2x+1) + 2k = 2(x+k) + 1: the fixnum word of the sum, overflowing exactly when x+k leaves 63 bits. */
    if (LIKELY(b & 1) && !__builtin_add_overflow((int64_t)b, (int64_t)((word)SIGNED_OPERAND(C) << 1), &sum)) {
        R(A) = (word)sum;
        CONTINUE();
    }
    SLOW();
}
