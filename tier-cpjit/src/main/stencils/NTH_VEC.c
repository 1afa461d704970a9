/* NTH_VEC A B C: R(A) := (nth R(B) R(C)); needs the Java vector, so the helper runs the op (fast lane and generic side). */
#include "mino_stencil.h"

HELPER_STENCIL
