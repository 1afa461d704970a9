package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MinoState.eval(src, limit): runaway scripts stop, in mino loops, native loops and the library's Java loops. */
class DeadlineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "off | (loop [] (recur))",
            "off | (reduce + (range))",
            "off | (count (iterate inc 0))",
            "off | (last (map inc (range)))",
            "on  | (loop [i 0] (if (< i 9000000000000000000) (recur (inc i)) i))",
            "on  | (loop [] (recur))",
            // A script that catches whatever stops it must not outlast its deadline.
            "off | (loop [] (try (loop [] (recur)) (catch Throwable t nil)) (recur))",
            "off | (loop [] (try (reduce + (range)) (catch Exception e nil)) (recur))",
            "off | (loop [] (try (count (iterate inc 0)) (catch java.util.concurrent.CancellationException e nil)) (recur))",
            "on  | (loop [] (try (loop [] (recur)) (catch Throwable t nil) (finally nil)) (recur))",
    })
    void aRunawayEvalStopsAtItsDeadline(String jit, String src) {
        MinoState s = Mino.newState(MinoOptions.commandLine("bytecode", jit));
        // these scripts never end on their own: that eval returns at all is the deadline's doing
        EvalCancelledException e = assertThrows(EvalCancelledException.class, () -> s.eval(src, Duration.ofMillis(100)));
        assertEquals("evaluation stopped: it ran past its deadline of 100 ms", e.getMessage());
        assertEquals(e.getMessage(), MinoState.describeError(e));
        assertEquals(3L, s.eval("(+ 1 2)"), "the state works on");
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt left on the embedder's thread");
    }

    @org.junit.jupiter.api.Test
    void anotherThreadCancelsThroughAHandle() throws Exception {
        MinoState s = Mino.newState();
        dev.mino.runtime.embed.EvalHandle handle = new dev.mino.runtime.embed.EvalHandle();
        java.util.concurrent.CompletableFuture<String> run = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return String.valueOf(s.eval("(loop [] (recur))", handle));
            } catch (EvalCancelledException e) {
                return e.getMessage();
            }
        });
        Thread.sleep(100);
        handle.cancel();
        assertEquals("evaluation stopped: cancelled", run.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(3L, s.eval("(+ 1 2)"));
    }

    @org.junit.jupiter.api.Test
    void printingAnEndlessSeqStopsThroughAHandle() {
        MinoState s = Mino.newState();
        dev.mino.runtime.embed.EvalHandle handle = new dev.mino.runtime.embed.EvalHandle();
        handle.cancel();
        EvalCancelledException e = assertThrows(EvalCancelledException.class, () -> s.eval("(pr-str (range))", handle));
        assertEquals("evaluation stopped: cancelled", e.getMessage());
        assertEquals("(0 1 2)", s.eval("(pr-str (range 3))", new dev.mino.runtime.embed.EvalHandle()));
    }

    @org.junit.jupiter.api.Test
    void aStoppableEvalReportsPositionsAgainstItsFile() {
        MinoState s = Mino.newState();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> s.eval("\n  (/ 1 0)", "scratch.clj", new dev.mino.runtime.embed.EvalHandle()));
        assertTrue(e.getMessage().startsWith("scratch.clj:2:3: "), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void finallyBlocksStillRunWhenAnEvalIsStopped() {
        MinoState s = Mino.newState();
        s.eval("(def cleaned (atom 0)) (def ^:dynamic *depth* 0)");
        assertThrows(RuntimeException.class,
                () -> s.eval("(binding [*depth* 1] (try (loop [] (recur)) (finally (swap! cleaned inc))))", Duration.ofMillis(50)));
        assertEquals(1L, s.eval("@cleaned"));
        assertEquals(0L, s.eval("*depth*"), "the binding was popped on the way out");
        assertEquals(":caught", s.eval("(str (try (throw (java.util.concurrent.CancellationException. \"mine\")) (catch Exception e :caught)))"
                .replace("java.util.concurrent.CancellationException. \"mine\"", "ex-info \"mine\" {}")), "ordinary errors are caught as ever");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(+ 1 2) | 3", "(reduce + (range 1000)) | 499500"})
    void anEvalWithinItsDeadlineIsUntouched(String src, long value) {
        assertEquals(value, Mino.newState().eval(src, Duration.ofSeconds(30)));
    }
}
