/* INC_I A B: R(A) := (inc R(B)); on a fixnum inline as word + 2, checked, so the greatest fixnum (whose inc leaves 63 bits) takes the helper, as does a non-fixnum. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    int64_t v;
    if (LIKELY(b & 1) && !__builtin_add_overflow((int64_t)b, 2, &v)) {
        R(A) = (word)v;
        CONTINUE();
    }
    SLOW();
}
