/* QUOT A B C: R(A) := (quot R(B) R(C)), truncating; inline on two fixnums with a nonzero divisor and a quotient that fits 63 bits (all but the least fixnum / -1), else the helper. */
#include "mino_stencil.h"

DIVISION_STENCIL(x / y)
