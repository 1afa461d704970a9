/* EQ_II A B C: R(A) := (= R(B) R(C)); on two fixnums inline by word equality (one word per fixnum value), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B), c = R(C);
    if (LIKELY(b & c & 1)) {
        R(A) = boolean(b == c);
        CONTINUE();
    }
    SLOW();
}
