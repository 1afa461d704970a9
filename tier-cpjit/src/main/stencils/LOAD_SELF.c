/* LOAD_SELF A: R(A) := the running closure; a Java object, so the helper stores it. */
#include "mino_stencil.h"

HELPER_STENCIL
