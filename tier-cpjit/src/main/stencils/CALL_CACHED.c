/* CALL_CACHED A B X: R(A) := (var of cache X)(R(A) .. R(A+B-1)); the call runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
