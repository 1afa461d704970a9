/* SPEC_GENERIC A B C: a specialised op whose clojure.core fn was redefined runs its generic side; in Java (the helper). */
#include "mino_stencil.h"

HELPER_STENCIL
