/* PUSHDYN A: push-thread-bindings R(A); R(A) := nil; done in Java (the helper, which also runs the guard). */
#include "mino_stencil.h"

HELPER_STENCIL
