/* GETGLOBAL A Bx: R(A) := current value of var K(Bx) (thread binding or root); read in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
