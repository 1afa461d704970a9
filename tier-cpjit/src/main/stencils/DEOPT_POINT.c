/*
 * DEOPT_POINT (synthetic, deopt-a-lot mode only): planted before every op of a chain; leaves native code at
 * that op's pc (DEOPT) when the thread's deopt countdown reaches 0, so that a test run takes a side exit at
 * every boundary in turn.
 */
#include "mino_stencil.h"

STENCIL {
    if (UNLIKELY(--ctx->deopt_countdown == 0)) return exit_at_pc(ctx, MINO_STATUS_DEOPT);
    CONTINUE();
}
