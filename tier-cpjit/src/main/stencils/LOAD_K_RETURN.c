/* LOAD_K_RETURN Bx: return K(Bx); answers the constant's word patched into _JIT_K with status OK and no result register (-1). */
#include "mino_stencil.h"

STENCIL {
    (void)regs;
    ctx->result_reg = -1;
    ctx->status = MINO_STATUS_OK;
    return OPERAND(K);
}
