package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import org.junit.jupiter.api.Test;

/** Generated names (gensym, x#, #() parameters, fn names, destructuring temporaries) are numbered per state. */
class GeneratedNamesIsolationTest {
    /** One of each generated name a state prints. */
    private static final String NAMES = "(pr-str [(gensym) (gensym \"foo\") `x# (read-string \"#(%)\")"
            + " (fn []) (fn foo []) (first (destructure '[[a] v]))])";
    /** Makes a thousand of each, analyzing every fn afresh. */
    private static final String BUSY = "(dotimes [_ 1000] (gensym) (eval '`x#) (read-string \"#(%)\") (eval '(fn [])) (destructure '[[a] v]))";

    @Test
    void oneStatesGeneratedNamesNeverDependOnAnothers() {
        String fresh = names(Mino.newState());
        MinoState busy = Mino.newState();
        MinoState quiet = Mino.newState();
        busy.eval(BUSY);
        assertEquals(fresh, names(quiet), "the quiet state prints what a fresh one does");
        assertNotEquals(fresh, names(busy), "the busy state's own counter moved on");
    }

    /** The names state prints, each fn's identity hash cut (it differs between any two fns, states or not). */
    private static String names(MinoState state) {
        return ((String) state.eval(NAMES)).replaceAll("(0x|@)\\p{XDigit}+", "$1");
    }
}
