/* NEWVEC A B: R(A) := vector of R(A) .. R(A+B-1); built in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
