/* TAILCALL_CACHED A B X: return (var of cache X)(R(A) .. R(A+B-1)); the invoker performs the call, in constant stack. */
#include "mino_stencil.h"

EXIT_STENCIL(MINO_STATUS_TAILCALL)
