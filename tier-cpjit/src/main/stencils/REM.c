/* REM A B C: R(A) := (rem R(B) R(C)), with the dividend's sign (C's %); inline on two fixnums with a nonzero divisor, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        int64_t x = fixnum_value(b), y = fixnum_value(c);
        /* |x| <= 2^62, so x % y never traps (x % -1 is 0); |x % y| < |y| fits 63 bits. */
        if (LIKELY(y != 0)) {
            R(A) = fixnum(x % y);
            CONTINUE();
        }
    }
    SLOW();
}
