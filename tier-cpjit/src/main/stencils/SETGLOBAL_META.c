/* SETGLOBAL_META A Bx: metadata of var K(Bx) := R(A); done in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
