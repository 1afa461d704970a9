/* HOST_NEW A B X: R(A) := new R(A)(R(A+1) .. R(A+B)) through call site K(X); runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
