package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** clojure.core.reducers/fold's fork/join pool: one per state, bounded by the threads the state is granted. */
class FoldPoolTest {
    private static final String REQUIRE = "(require '[clojure.core.reducers :as r])";
    /** The names of the threads that reduced partitions of a 10,000-element fold in partitions of 10. */
    private static final String THREAD_NAMES = "(let [names (atom #{})]"
            + " (r/fold 10 + (fn [a x] (swap! names conj (.getName (Thread/currentThread))) (+ a x)) (vec (range 10000)))"
            + " (vec (sort @names)))";

    private static MinoState state(MinoOptions options) {
        MinoState s = Mino.newState(options.withInteropAllow(List.of("java.lang")));
        s.eval(REQUIRE);
        return s;
    }

    @Test
    void withoutThreadsFoldRunsOnTheCallingThreadAndThereIsNoPool() {
        MinoState s = state(MinoOptions.defaults());
        assertEquals(49995000L, s.eval("(r/fold 10 + + (vec (range 10000)))"));
        assertNull(s.eval("@r/pool"));
        assertEquals(s.eval("[(.getName (Thread/currentThread))]"), s.eval(THREAD_NAMES));
    }

    @Test
    void theWorkersAreBoundedByTheThreadsGranted() {
        MinoState one = state(MinoOptions.defaults().withThreads(1));
        assertEquals(List.of("mino-fold-0"), s(one.eval(THREAD_NAMES)));
        ForkJoinPool pool = assertInstanceOf(ForkJoinPool.class, one.eval("@r/pool"));
        assertEquals(1, pool.getParallelism());
        assertTrue(pool.getPoolSize() <= 1, "never more workers than granted");
    }

    @Test
    void eachStateHasItsOwnPool() {
        MinoState a = state(MinoOptions.defaults().withThreads(2));
        MinoState b = state(MinoOptions.defaults().withThreads(2));
        a.eval("(r/fold + + (vec (range 2000)))");
        b.eval("(r/fold + + (vec (range 2000)))");
        assertNotSame(a.eval("@r/pool"), b.eval("@r/pool"));
    }

    @Test
    void aDeadlineStopsAFoldAndItsTasks() {
        MinoState s = state(MinoOptions.defaults().withThreads(2));
        // every partition loops forever: that the eval returns at all is the deadline's doing
        EvalCancelledException e = assertThrows(EvalCancelledException.class,
                () -> s.eval("(r/fold 1 + (fn [a x] (loop [] (recur))) (vec (range 100)))", Duration.ofMillis(200)));
        assertEquals("evaluation stopped: it ran past its deadline of 200 ms", e.getMessage());
        // were the workers still looping, this fold would never finish
        assertEquals(4950L, s.eval("(r/fold 1 + + (vec (range 100)))", Duration.ofSeconds(60)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> s(Object vector) {
        return (List<Object>) vector;
    }
}
