/* ASSOC A B C X: R(A) := (assoc R(B) R(C) R(X)); builds a Java collection, so the helper runs the op. */
#include "mino_stencil.h"

HELPER_STENCIL
