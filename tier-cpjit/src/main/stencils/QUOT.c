/* QUOT A B C: R(A) := (quot R(B) R(C)), truncating; inline on two fixnums with a nonzero divisor and a quotient that fits 63 bits, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        int64_t x = fixnum_value(b), y = fixnum_value(c);
        /* |x| <= 2^62, so x / y never traps; only the least fixnum / -1 (2^62) leaves 63 bits. */
        if (LIKELY(y != 0)) {
            int64_t q = x / y;
            if (LIKELY(fits_fixnum(q))) {
                R(A) = fixnum(q);
                CONTINUE();
            }
        }
    }
    SLOW();
}
