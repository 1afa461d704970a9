/* WITHMETA A Bx: R(A) := R(A) with metadata K(Bx); done in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
