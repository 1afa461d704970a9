/* NEWSET A B: R(A) := set of R(A) .. R(A+B-1) (duplicate keys throw); built in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
