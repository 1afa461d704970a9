/* HOST_CALL A B C X: interop method call through call site K(X) (C=1 instance, C=0 static); runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
