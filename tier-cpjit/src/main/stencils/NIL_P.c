/* NIL_P A B: R(A) := (nil? R(B)); inline as one word compare with nil (a ref is never nil), no slow path. */
#include "mino_stencil.h"

STENCIL {
    R(A) = boolean(R(B) == MINO_NIL);
    CONTINUE();
}
