/* BAND_II A B C: R(A) := (bit-and R(B) R(C)); on two fixnums inline as the and of the words ((2x+1) & (2y+1) = 2(x&y)+1, always fits), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        R(A) = b & c;
        CONTINUE();
    }
    SLOW();
}
