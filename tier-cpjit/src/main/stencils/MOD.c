/* MOD A B C: R(A) := (mod R(B) R(C)), with the divisor's sign (rem, plus the divisor when their signs differ); inline on two fixnums with a nonzero divisor, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        int64_t x = fixnum_value(b), y = fixnum_value(c);
        if (LIKELY(y != 0)) {
            /* |x| <= 2^62, so x % y never traps; |m| < |y| fits 63 bits. */
            int64_t m = x % y;
            if (m != 0 && (m ^ y) < 0) m += y;
            R(A) = fixnum(m);
            CONTINUE();
        }
    }
    SLOW();
}
