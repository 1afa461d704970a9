/* EVEN_P_I A B: R(A) := (even? R(B)); on a fixnum inline as bit 1 of the word (the value's low bit) clear, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        R(A) = boolean((b & 2) == 0);
        CONTINUE();
    }
    SLOW();
}
