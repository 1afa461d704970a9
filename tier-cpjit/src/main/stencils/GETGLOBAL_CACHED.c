/* GETGLOBAL_CACHED A Bx: R(A) := value of the var in cache slot Bx; the cache lives in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
