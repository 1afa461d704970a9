package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import org.junit.jupiter.api.Test;

/** MinoState.define interns in the named namespace, as def does. */
class StateDefineTest {
    @Test void definingANameUserRefersShadowsItThereOnly() {
        MinoState state = Mino.newState();
        state.define("user/count", 42L);
        assertEquals(42L, state.eval("count"));
        assertEquals(2L, state.eval("(clojure.core/count [1 2])"), "clojure.core/count is not rebound");
        assertEquals(42L, state.getVar("user/count"));
    }
}
