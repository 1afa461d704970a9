/* LOAD_K A Bx: R(A) := K(Bx); the compiler patches the constant's word into _JIT_K, so this is one store. */
#include "mino_stencil.h"

STENCIL {
    R(A) = OPERAND(K);
    CONTINUE();
}
