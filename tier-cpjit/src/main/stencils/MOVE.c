/* MOVE A B: R(A) := R(B); copies any word but a ref word inline, and leaves a ref (whose object only Java may copy) to the helper. */
#include "mino_stencil.h"

SLOW_PATH

STENCIL {
    word b = R(B);
    if (UNLIKELY((b & MINO_TAG_MASK) == MINO_REF)) SLOW();
    R(A) = b;
    CONTINUE();
}
