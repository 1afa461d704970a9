/* ADD_II A B C: R(A) := (+ R(B) R(C)); inline on two fixnums whose sum fits 63 bits, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    int64_t sum;
    /* (2x+1) + (2y+1) - 1 = 2(x+y) + 1: the fixnum word of the sum, overflowing exactly when x+y leaves 63 bits. */
    if (LIKELY(b & c & 1) && !__builtin_add_overflow((int64_t)b, (int64_t)(c - 1), &sum)) {
        R(A) = (word)sum;
        CONTINUE();
    }
    SLOW();
}
