/* COUNT_VEC A B: R(A) := (count R(B)); needs the Java collection, so the helper runs the op. */
#include "mino_stencil.h"

HELPER_STENCIL
