/* JMPIFNOTINSTANCE A sBx X: if R(A) is not an instance of class K(X): pc += sBx; the helper tests it in Java, answering BRANCH (jump) or OK (go on). */
#include "mino_stencil.h"

STENCIL {
    int64_t status = call_helper(regs, ctx);
    if (status == MINO_STATUS_BRANCH) JUMP();
    if (UNLIKELY(status != MINO_STATUS_OK)) return exit_at_pc(ctx, status);
    CONTINUE();
}
