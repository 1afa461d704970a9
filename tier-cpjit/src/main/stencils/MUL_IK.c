/* MUL_IK A B C: R(A) := (* R(B) sC); inline on a fixnum whose product with the immediate fits 63 bits (one checked int64 multiply), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    int64_t p;
    /* 2x * k = 2xk overflows int64 exactly when xk leaves 63 bits; with the tag bit set it is xk's fixnum word. */
    if (LIKELY(b & 1) && !__builtin_mul_overflow((int64_t)(b - 1), SIGNED_OPERAND(C), &p)) {
        R(A) = (word)p | 1;
        CONTINUE();
    }
    SLOW();
}
