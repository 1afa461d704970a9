/* JMPIFNOT A sBx: if R(A) is nil or false: pc += sBx; two word compares, then a jump to the target or on to the next op. */
#include "mino_stencil.h"

STENCIL {
    if (is_falsy(R(A))) JUMP();
    CONTINUE();
}
