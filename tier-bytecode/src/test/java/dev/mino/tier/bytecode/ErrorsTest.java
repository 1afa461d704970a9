package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors raised in bytecode carry the tree-walker's message and file:line:col; the mino stack trace lists the frames. */
class ErrorsTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn inner [x]\n  (+ x 1))\n(defn middle [x]\n  (let [y (inner x)]\n    (* y 2)))\n(defn outer [x]\n  (vector (middle x)))\n(defn two-args [a b] a)");
    }

    @Test void messagesAndPositionsMatchTheTreeWalker() {
        for (String src : new String[] {"(outer nil)", "(outer :k)", "(outer Long/MAX_VALUE)", "((fn [] (nth [1] 5)))",
                "((fn [] (throw (ex-info \"mine\" {}))))", "((fn [] (throw 42)))", "((fn [x] (x)) 1)", "((fn [] (inner)))",
                "((fn [] (undefined-thing)))", "((fn [m] (assoc m 1)) {})", "((fn [] (.foo \"s\")))",
                "((fn [] (set! *warn-on-reflection* 1)))", "((fn [] {:a 1 :a 2}))", "((fn [x] {x 1 1 2}) 1)",
                "((fn [] (case 3 1 :a 2 :b)))", "((fn [] (Integer/parseInt \"x\")))", "(two-args 1)", "((fn [] (two-args 1)))"}) {
            t.same(src);
        }
        assertTrue(t.same("(outer nil)").startsWith("ERR test.clj:2:3: "), "the innermost form's position");
    }

    @Test void aMinoStackTraceListsTheFrames() {
        try {
            t.bytecode.eval("(outer nil)", "test.clj");
        } catch (RuntimeException e) {
            List<MinoStackTrace.Frame> frames = MinoStackTrace.of(e);
            assertEquals(List.of("user/inner", "user/middle", "user/outer"), frames.stream().map(MinoStackTrace.Frame::fn).toList());
            assertEquals(2, frames.get(0).pos().line());
            assertEquals(4, frames.get(1).pos().line());
            assertEquals(7, frames.get(2).pos().line());
            String text = MinoStackTrace.format(e);
            assertTrue(text.contains("  at user/inner (test.clj:2:3)"), text);
            assertFalse(MinoStackTrace.current().isEmpty());
            // A tail call replaces its caller's frame, so only non-tail callers appear.
            t.bytecode.eval("(defn via-tail [x] (inner x))");
            try {
                t.bytecode.eval("(via-tail nil)");
            } catch (RuntimeException e2) {
                assertEquals(List.of("user/inner"), MinoStackTrace.of(e2).stream().map(MinoStackTrace.Frame::fn).toList());
            }
            return;
        }
        throw new AssertionError("no error");
    }
}
