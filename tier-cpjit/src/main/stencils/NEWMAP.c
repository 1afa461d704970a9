/* NEWMAP A B: R(A) := map of keys and values R(A) .. R(A+B-1) (duplicate keys throw); built in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
