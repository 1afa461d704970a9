/* DISSOC A B C: R(A) := (dissoc R(B) R(C)); builds a Java map, so the helper runs the op. */
#include "mino_stencil.h"

HELPER_STENCIL
