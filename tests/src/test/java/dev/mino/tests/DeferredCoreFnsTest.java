package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.DeferredFn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * clojure.core's fns written in mino are analyzed at their first call, not when a state is made (startup). What
 * a program sees must not depend on that: the var keeps one fn value for good, the fn behaves as the library
 * wrote it even when clojure.core is changed before its first call (its body is analyzed against the library as
 * it loaded), and concurrent first calls make it once.
 */
class DeferredCoreFnsTest {
    private static MinoState state(String tier) {
        return Mino.newState(MinoOptions.defaults().withTier(tier));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void aCoreFnIsMadeAtItsFirstCallAndStaysTheSameValue(String tier) {
        MinoState s = state(tier);
        DeferredFn interpose = (DeferredFn) s.eval("interpose");
        assertFalse(interpose.materialized(), "not analyzed while the state was made");
        s.eval("(def before interpose)");
        assertEquals("(1 :x 2)", s.eval("(pr-str (interpose :x [1 2]))"));
        assertTrue(interpose.materialized());
        assertSame(interpose, s.eval("interpose"), "the var's value never changes");
        assertEquals(true, s.eval("(= before interpose)"));
        assertEquals("#'clojure.core/interpose", s.eval("(pr-str #'interpose)"));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void aRedefinedMacroDoesNotReachACoreFnNotYetCalled(String tier) {
        MinoState s = state(tier);
        assertFalse(((DeferredFn) s.eval("interpose")).materialized());
        // interpose's body goes through let and if; had it been analyzed after this, it would return :hijacked.
        s.eval("(in-ns 'clojure.core) (defmacro let [& _] :hijacked) (in-ns 'user)");
        assertEquals("(1 :x 2)", s.eval("(pr-str (interpose :x [1 2]))"));
        assertEquals("[1 :x 2]", s.eval("(pr-str (into [] (interpose :x) [1 2]))"));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void aDeferredMacroExpandsAsWrittenAfterTheMacrosItUsesChange(String tier) {
        MinoState s = state(tier);
        DeferredFn withOutStr = (DeferredFn) s.eval("@#'with-out-str");
        assertFalse(withOutStr.materialized(), "no library code expands with-out-str while the state is made");
        s.eval("(in-ns 'clojure.core) (defmacro let [& _] :hijacked) (in-ns 'user)");
        assertEquals("12", s.eval("(with-out-str (print 1) (print 2))"));
        assertEquals(true, s.eval("(:macro (meta #'with-out-str))"));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void withRedefsOfOneCoreFnLeavesTheOthersAsWritten(String tier) {
        MinoState s = state(tier);
        assertEquals(":redefined", s.eval("(pr-str (with-redefs [clojure.core/interpose (fn [& _] :redefined)] (interpose 1 [2 3])))"));
        assertEquals("(2 1 3)", s.eval("(pr-str (interpose 1 [2 3]))"));
        assertTrue(((DeferredFn) s.eval("mapcat")).materialized(), "made before clojure.core changed");
        assertEquals("(1 2 3)", s.eval("(pr-str (mapcat identity [[1] [2 3]]))"));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void aDeferredFnCalledInTailPositionBeforeAndAfterItIsMade(String tier) {
        MinoState s = state(tier);
        s.eval("(defn call-it [f] (f identity [[1] [2]]))");  // f called in tail position: the tiers' tail-call paths
        assertEquals("(1 2)", s.eval("(pr-str (call-it mapcat))"));
        assertEquals("(1 2)", s.eval("(pr-str (call-it mapcat))"));
        assertEquals("(3 4)", s.eval("(pr-str (mapcat identity [[3] [4]]))"));
    }

    @ParameterizedTest @ValueSource(strings = {"treewalk", "bytecode"})
    void concurrentFirstCallsMakeItOnce(String tier) throws Exception {
        MinoState s = state(tier);
        DeferredFn frequencies = (DeferredFn) s.eval("frequencies");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<Object>) () -> s.eval("(pr-str (frequencies [:a :b :a]))")));
            }
            for (Future<Object> r : results) assertEquals("{:a 2, :b 1}", r.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(frequencies.materialized());
    }
}
