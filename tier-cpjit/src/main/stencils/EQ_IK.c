/* EQ_IK A B C: R(A) := (= R(B) sC); on a fixnum inline by word equality with the immediate's fixnum word, else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        word k = fixnum(SIGNED_OPERAND(C));
        R(A) = boolean(b == k);
        CONTINUE();
    }
    SLOW();
}
