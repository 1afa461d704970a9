package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * Compiled code keeps nothing of a discarded state alive: not the guards patched into code (GuardedSites
 * watches vars), not constants (object constants are refs of their method, no JVM-wide table).
 */
class StateLifetimeTest {
    @Test void aDiscardedStatesVarsAreNotKeptAliveByItsCompiledCode() throws InterruptedException {
        WeakReference<Object> plus = plusOfAThrowawayState();
        // The runtime's print hooks keep the newest state: make another one the newest.
        assertEquals(3L, Mino.newState(MinoOptions.commandLine("bytecode", null)).eval("(+ 1 2)"));
        for (int i = 0; i < 50 && plus.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(plus.get(), "the state's #'clojure.core/+ (and so its clojure.core) is still reachable");
    }

    /**
     * Runs a fn whose (+ x 1) is a guarded ADD_IK and whose (var +) and (println) reach vars through constants,
     * in a new state, and answers that state's + var, weakly.
     */
    private static WeakReference<Object> plusOfAThrowawayState() {
        MinoState s = Mino.newState(MinoOptions.commandLine("bytecode", null));
        assertEquals(42L, s.eval("(defn f [x] (with-out-str (println (var +))) (+ x 1)) (f 41)"));
        return new WeakReference<>(s.eval("#'clojure.core/+"));
    }
}
