/* LT_II A B C: R(A) := (< R(B) R(C)); on two fixnums inline by the words compared as int64 (the encoding keeps the order), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        R(A) = boolean((int64_t)b < (int64_t)c);
        CONTINUE();
    }
    SLOW();
}
