/* MAKE_LAZY A B: R(A) := a lazy seq over the zero-argument fn R(B); made in Java (the helper, which also runs the guard). */
#include "mino_stencil.h"

HELPER_STENCIL
