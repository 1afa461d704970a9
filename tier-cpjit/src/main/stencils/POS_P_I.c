/* POS_P_I A B: R(A) := (pos? R(B)); on a fixnum inline as word > the fixnum word of 0 (as int64), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        R(A) = boolean((int64_t)b > (int64_t)FIXNUM_ZERO_WORD);
        CONTINUE();
    }
    SLOW();
}
