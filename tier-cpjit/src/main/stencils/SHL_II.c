/* SHL_II A B C: R(A) := (bit-shift-left R(B) R(C)), Java's x << (n & 63); inline on two fixnums when the 64-bit result fits 63 bits, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        unsigned n = (unsigned)fixnum_value(c) & 63;
        int64_t v = (int64_t)((word)fixnum_value(b) << n);
        if (LIKELY(fits_fixnum(v))) {
            R(A) = fixnum(v);
            CONTINUE();
        }
    }
    SLOW();
}
