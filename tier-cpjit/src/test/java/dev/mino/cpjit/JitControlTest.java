package dev.mino.cpjit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.embed.TieringPolicy;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tiers.ExecutionListener;
import dev.mino.tiers.TieredEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedding API's JIT controls (ARCHITECTURE.md 6): modes, threshold, policies, the callee rule. */
class JitControlTest {
    @BeforeAll
    static void hostHasNativeCode() {
        assumeTrue(JitPreparation.hostStencils().isPresent(), "no native code on this host");
        JitPreparation.prepare();
    }

    static final String LOOP = "(defn spin [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))";

    /** Names of the fns compiled to native code in s from now on. */
    static List<String> compiled(MinoState s) {
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        TieredEngine.events(s).add(new ExecutionListener() {
            @Override public void compiled(String tier, Object artifact) {
                if (tier.equals("cpjit")) names.add(((NativeCode) artifact).method.owner().name());
            }
        });
        return names;
    }

    static BytecodeFn.Method method(MinoState s, String var, int arity) {
        return ((BytecodeClosure) s.getVar(var)).template().methodFor(arity);
    }

    @Test
    void theThresholdCountsCallsAndCanBeChanged() {
        MinoState s = JitRuntimeTest.state("auto");
        assertEquals(10, s.jitHotThreshold());
        s.setJitHotThreshold(3);
        assertEquals(3, s.jitCapability().threshold());
        List<String> names = compiled(s);
        s.eval(LOOP);
        s.eval("(spin 5) (spin 5)");
        assertFalse(names.contains("user/spin"), "two calls");
        s.eval("(spin 5)");
        assertTrue(names.contains("user/spin"), "the third call");
        assertThrows(IllegalArgumentException.class, () -> s.setJitHotThreshold(0));
    }

    @Test
    void modesChangeWhileTheStateRuns() {
        MinoState s = JitRuntimeTest.state("off");
        assertEquals(JitMode.OFF, s.jitMode());
        List<String> names = compiled(s);
        s.eval(LOOP);
        s.eval("(dotimes [i 30] (spin 5))");
        assertTrue(names.isEmpty(), "off: nothing compiled " + names);
        s.setJitMode(JitMode.ON);
        assertEquals(45L, s.eval("(spin 10)"));
        assertTrue(names.contains("user/spin"), "on: at the next call");
        s.setJitMode(JitMode.OFF);
        assertNull(method(s, "user/spin", 1).entry(), "off: native code is no longer entered");
        assertEquals(45L, s.eval("(spin 10)"));
    }

    @Test
    void aPolicyDecidesPerFn() {
        MinoState s = JitRuntimeTest.state("on");
        List<String> names = compiled(s);
        List<TieringPolicy.Candidate> asked = Collections.synchronizedList(new ArrayList<>());
        s.setTieringPolicy((candidate, mode) -> {
            asked.add(candidate);
            return !candidate.name().startsWith("slow-");
        });
        s.eval(LOOP + "(defn slow-spin [n] (spin n))");
        s.eval("(spin 3) (slow-spin 3)");
        assertTrue(names.contains("user/spin"));
        assertFalse(names.contains("user/slow-spin"), "the policy said no");
        assertTrue(asked.stream().anyMatch(c -> c.name().equals("spin") && c.loops() && c.arity() == 1), asked.toString());
    }

    @Test
    void aPolicyThatThrowsCompilesNothingAndBreaksNothing() {
        MinoState s = JitRuntimeTest.state("on");
        List<String> names = compiled(s);
        s.setTieringPolicy((candidate, mode) -> {
            throw new IllegalStateException("policy bug");
        });
        s.eval(LOOP);
        assertEquals(45L, s.eval("(spin 10)"));
        assertTrue(names.isEmpty(), names.toString());
    }

    @Test
    void aCalleeFirstCalledFromNativeCodeCompilesOnThatCall() {
        MinoState s = JitRuntimeTest.state("auto");
        s.setJitHotThreshold(5);
        List<String> names = compiled(s);
        s.eval("(defn leaf [x] (* 3 x)) (defn caller [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc (leaf i))) acc)))");
        s.eval("(dotimes [_ 4] (caller 3))");
        assertTrue(names.isEmpty(), "below the threshold: " + names);
        s.eval("(caller 3)");
        assertEquals(List.of("user/caller", "user/leaf"), names, "the caller at its 5th call, the leaf at its first call from it");
        assertTrue(method(s, "user/leaf", 1).entry() != null);
    }
}
