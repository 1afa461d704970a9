/* RETURN A: return R(A); answers the word with status OK and result_reg A (the invoker copies the ref when the word is a ref). */
#include "mino_stencil.h"

STENCIL {
    ctx->result_reg = (int64_t)OPERAND(A);
    ctx->status = MINO_STATUS_OK;
    return R(A);
}
