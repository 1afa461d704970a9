/* THROW A: throw R(A) with this form's position; the helper records it and always answers MINO_STATUS_ERROR, so this exits. */
#include "mino_stencil.h"

HELPER_STENCIL
