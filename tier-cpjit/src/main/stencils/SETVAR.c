/* SETVAR A Bx: set! the thread binding of var K(Bx) to R(A); done in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
