/* NOT A B: R(A) := (not R(B)), true iff R(B) is nil or false; inline on any word (a ref is never nil or false), no slow path. */
#include "mino_stencil.h"

STENCIL {
    R(A) = boolean(is_falsy(R(B)));
    CONTINUE();
}
