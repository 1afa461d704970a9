/* BNOT_I A B: R(A) := (bit-not R(B)); on a fixnum inline by flipping every bit of the word but the tag (~x always fits), else the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (LIKELY(b & 1)) {
        R(A) = b ^ ~(word)1;
        CONTINUE();
    }
    SLOW();
}
