/* DEOPT_TO_INTERP (synthetic): leave native code so the interpreter resumes at this pc over the same window (MINO_STATUS_DEOPT). */
#include "mino_stencil.h"

EXIT_STENCIL(MINO_STATUS_DEOPT)
