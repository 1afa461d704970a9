/* BXOR_II A B C: R(A) := (bit-xor R(B) R(C)); on two fixnums inline as the xor of the words with the tag bit set again (always fits), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        R(A) = (b ^ c) | 1;
        CONTINUE();
    }
    SLOW();
}
