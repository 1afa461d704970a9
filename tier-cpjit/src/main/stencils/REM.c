/* REM A B C: R(A) := (rem R(B) R(C)), with the dividend's sign (C's %); inline on two fixnums with a nonzero divisor, else the helper. */
#include "mino_stencil.h"

DIVISION_STENCIL(x % y)
