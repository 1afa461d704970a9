/* GET_KW_MAP A B C: R(A) := (get R(B) K(C)) for a keyword K(C); needs the Java map, so the helper runs the op. */
#include "mino_stencil.h"

HELPER_STENCIL
