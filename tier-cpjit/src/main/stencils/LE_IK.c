/* LE_IK A B C: R(A) := (<= R(B) sC); on a fixnum inline by comparing the word with the immediate's fixnum word as int64, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        word k = fixnum(SIGNED_OPERAND(C));
        R(A) = boolean((int64_t)b <= (int64_t)k);
        CONTINUE();
    }
    SLOW();
}
