/* CALL A B C: R(A) := R(C)(R(A) .. R(A+B-1)); the call runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
