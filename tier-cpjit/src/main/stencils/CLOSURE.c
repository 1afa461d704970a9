/* CLOSURE A Bx: R(A) := a closure of prototype Bx over the environment in R(A); made in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
