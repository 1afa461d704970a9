/* ZERO_INT_P A B: R(A) := (zero? R(B)); on a fixnum inline as word == the fixnum word of 0, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        R(A) = boolean(b == FIXNUM_ZERO_WORD);
        CONTINUE();
    }
    SLOW();
}
