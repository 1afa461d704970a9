/* MUL_II A B C: R(A) := (* R(B) R(C)); inline on two fixnums whose product fits 63 bits (one checked int64 multiply), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    int64_t p;
    /* 2x * y = 2xy overflows int64 exactly when xy leaves 63 bits; with the tag bit set it is xy's fixnum word. */
    if (LIKELY(b & c & 1) && !__builtin_mul_overflow((int64_t)(b - 1), fixnum_value(c), &p)) {
        R(A) = (word)p | 1;
        CONTINUE();
    }
    SLOW();
}
