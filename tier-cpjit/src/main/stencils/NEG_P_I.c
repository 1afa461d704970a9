/* NEG_P_I A B: R(A) := (neg? R(B)); on a fixnum inline as word < 0 (as int64; the word of 0 is 1), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        R(A) = boolean((int64_t)b < 0);
        CONTINUE();
    }
    SLOW();
}
