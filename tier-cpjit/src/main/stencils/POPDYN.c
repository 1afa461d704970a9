/* POPDYN A: pop-thread-bindings; R(A) := nil; done in Java (the helper, which also runs the guard). */
#include "mino_stencil.h"

HELPER_STENCIL
