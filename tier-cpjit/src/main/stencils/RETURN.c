/*
 * RETURN A: return R(A); answers the word with status OK and result_reg A. A ref word is returned this way
 * only from R(0), where the caller's R(A) (the same slot) already holds its ref; from another register the
 * ref must be moved, which only Java can do, so the interpreter performs that RETURN (a side exit).
 */
#include "mino_stencil.h"

STENCIL {
    word v = R(A);
    if (UNLIKELY(v == MINO_REF) && OPERAND_VALUE(A) != 0) return exit_at_pc(ctx, MINO_STATUS_DEOPT);
    ctx->result_reg = (int64_t)OPERAND(A);
    ctx->status = MINO_STATUS_OK;
    return v;
}
