/* ENV_BIND A B C: slot C of the environment in R(A) := R(B); the environment is a Java array (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
