/* MOD A B C: R(A) := (mod R(B) R(C)), with the divisor's sign (rem, plus the divisor when their signs differ); inline on two fixnums with a nonzero divisor, else the helper. */
#include "mino_stencil.h"

static inline int64_t floor_mod(int64_t x, int64_t y) {
    int64_t m = x % y;
    return m != 0 && (m ^ y) < 0 ? m + y : m;
}

DIVISION_STENCIL(floor_mod(x, y))
