/* PROTOCOL_CALL_CACHED A B X: R(A) := (protocol fn of cache X for R(A)'s type)(R(A) .. R(A+B-1)); the call runs in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
