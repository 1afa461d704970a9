/* PUSH_ENV A B: R(A) := a new environment of B empty slots; allocated in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
