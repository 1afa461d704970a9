/* SETGLOBAL A Bx: root of var K(Bx) := R(A) (def); done in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
