/* POP_ENV A Bx: R(A) := captured slot Bx of the running closure's environment; read in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
