/* SHR_II A B C: R(A) := (bit-shift-right R(B) R(C)), Java's x >> (n & 63); inline on two fixnums (always fits) as the word shifted with the tag bit set again, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        unsigned n = (unsigned)fixnum_value(c) & 63;
        /* (2x+1) >> n is x >> (n-1) for n >= 1, whose low bit, set, leaves 2(x >> n) + 1; and b itself for n = 0. */
        R(A) = (word)((int64_t)b >> n) | 1;
        CONTINUE();
    }
    SLOW();
}
