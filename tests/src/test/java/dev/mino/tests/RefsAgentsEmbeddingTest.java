package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Refs and agents as an embedder sees them: agents run on threads only with the thread grant, each state's
 * STM and agent executors are its own, and waits in transactions and awaits end at the eval's deadline.
 */
class RefsAgentsEmbeddingTest {
    static String denied(MinoState s, String src) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src), src);
        return MinoState.describeError(e);
    }

    @Test
    void refsNeedNoGrantButAgentsNeedThreads() {
        MinoState none = Mino.newState();
        assertEquals(3L, none.eval("(let [r (ref 1)] (dosync (alter r + 2)))"), "transactions run on the caller's thread");
        none.eval("(def a (agent 0))");
        assertTrue(denied(none, "(send a inc)").contains("Denied: sending to an agent (send) (this state may not start threads"));
        assertTrue(denied(none, "(send-off a inc)").contains("MinoOptions.withThreads(n)"));
        assertTrue(denied(none, "(await a)").contains("Denied: awaiting an agent"));
        assertTrue(denied(none, "(seque [1 2])").contains("Denied: starting seque's producer"));
        assertEquals(0L, none.eval("@a"), "nothing was queued");
        assertEquals(true, none.eval("(await-for 10)"), "awaiting no agents needs no thread");
    }

    @Test
    void anEmbeddersExecutorRunsActionsWithoutTheGrant() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            MinoState none = Mino.newState();
            none.define("user/pool", pool);
            none.eval("(set-agent-send-executor! pool) (set-agent-send-off-executor! pool)");
            assertEquals(100L, none.eval("(let [a (agent 0)] (dotimes [_ 100] (send a inc)) (await a) @a)"));
            assertEquals(java.util.List.of(1L, 2L), none.eval("(let [a (agent [])] (send-via pool a conj 1) (send-off a conj 2) (await a) @a)"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBoundedStateStillRunsManyAgents() {
        MinoState one = Mino.newState(MinoOptions.defaults().withThreads(1));
        assertEquals(java.util.List.of(200L, 200L, 200L), one.eval(
                "(let [as (vec (repeatedly 3 #(agent 0)))] (dotimes [_ 200] (doseq [a as] (send-off a inc))) "
                        + "(apply await as) (mapv deref as))"),
                "actions over the bound queue rather than fail");
    }

    @Test
    void statesShareNoAgentExecutorsAndNoStm() {
        MinoState a = Mino.newState(MinoOptions.defaults().withThreads(4));
        MinoState b = Mino.newState(MinoOptions.defaults().withThreads(4));
        a.eval("(shutdown-agents)");
        assertEquals("class java.util.concurrent.RejectedExecutionException", a.eval(
                "(let [seen (promise) ag (agent 0 :error-handler (fn [_ e] (deliver seen e)))] "
                        + "(send ag inc) (str (class (deref seen 10000 nil))))"),
                "a shut-down state rejects actions, as Clojure after shutdown-agents");
        assertEquals(1L, b.eval("(let [ag (agent 0)] (send ag inc) (await ag) @ag)"), "another state's agents run on");

        Object ref = a.eval("(def r (ref 0)) r");
        b.define("user/foreign", ref);
        assertTrue(denied(b, "(dosync (alter foreign inc))").contains("No transaction running"),
                "a transaction of one state is not one of another state's refs");
        assertEquals(0L, a.eval("@r"));
    }

    @Test
    void awaitAndTransactionsStopAtTheDeadline() {
        MinoState s = Mino.newState(MinoOptions.defaults().withThreads(4));
        s.eval("(def stuck (agent 0)) (send-off stuck (fn [_] @(promise)))");
        assertThrows(EvalCancelledException.class, () -> s.eval("(await stuck)", Duration.ofMillis(100)));
        assertThrows(EvalCancelledException.class, () -> s.eval(
                "(let [r (ref 0)] (dosync (alter r inc) (loop [] (recur))))", Duration.ofMillis(100)));
        // Every attempt conflicts with a commit made meanwhile; whatever the script catches, the deadline ends it.
        assertThrows(EvalCancelledException.class, () -> s.eval(
                "(let [r (ref 0)] (loop [] (try (dosync (alter r inc) @(future (dosync (alter r inc))) (alter r inc)) "
                        + "(catch Throwable t nil)) (recur)))", Duration.ofMillis(300)));
        assertEquals(3L, s.eval("(let [r (ref 1)] (dosync (alter r + 2)))"), "the state works on");
    }
}
