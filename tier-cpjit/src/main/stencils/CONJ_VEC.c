/* CONJ_VEC A B C: R(A) := (conj R(B) R(C)); builds a Java collection, so the helper runs the op. */
#include "mino_stencil.h"

HELPER_STENCIL
