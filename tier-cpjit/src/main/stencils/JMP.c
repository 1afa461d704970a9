/* JMP sBx: pc += sBx; polls the cancel flag (exits CANCELLED at this pc when set), then jumps to the target the patcher resolved. */
#include "mino_stencil.h"

STENCIL {
    if (UNLIKELY(ctx->cancel)) return exit_at_pc(ctx, MINO_STATUS_CANCELLED);
    JUMP();
}
