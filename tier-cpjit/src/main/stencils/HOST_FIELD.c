/* HOST_FIELD A B C X: interop field read through call site K(X) (C=1 of R(B), C=0 static); runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
