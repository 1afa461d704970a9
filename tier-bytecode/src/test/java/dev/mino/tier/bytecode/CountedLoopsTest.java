package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fused loop ops: each recognised shape, its results on ints, boxed longs, other numbers and
 * non-numbers, overflow met inside the loop, redefinition of the core fns it uses, and the safepoint.
 */
class CountedLoopsTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn lt-only [n] (loop [i 0] (if (< i n) (recur (inc i)) i)))"
                + " (defn lt-plus [n] (loop [i 0] (if (< i n) (recur (+ i 1)) i)))"
                + " (defn dec-only [n] (loop [i n] (if (zero? i) i (recur (dec i)))))"
                + " (defn dec-pos [n] (loop [i n] (if (pos? i) (recur (- i 1)) i)))"
                + " (defn lockstep [n] (loop [i 0 j 10] (if (< i n) (recur (inc i) (inc j)) [i j])))"
                + " (defn down-up [n] (loop [i n j 0] (if (zero? i) [i j] (recur (dec i) (inc j)))))"
                + " (defn sum-to [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))"
                + " (defn sum-k [n k] (loop [acc 0 i 0] (if (< i n) (recur (+ k acc) (inc i)) acc)))"
                + " (defn sum-down [n] (loop [i n acc 0] (if (zero? i) acc (recur (dec i) (+ acc i)))))"
                + " (defn sum-from [start n] (loop [i start acc start] (if (< i n) (recur (inc i) (+ acc i)) acc)))");
    }

    @Test void shapesCompileToFusedOps() {
        t.assertUses("user/lt-only", "LOOP_INT_LT");
        t.assertUses("user/lt-plus", "LOOP_INT_LT");
        t.assertUses("user/dec-only", "LOOP_INT_DEC");
        t.assertUses("user/dec-pos", "LOOP_INT_DEC");
        t.assertUses("user/lockstep", "LOOP_INT_LT_INC");
        t.assertUses("user/down-up", "LOOP_INT_DEC_INC");
        t.assertUses("user/sum-to", "LOOP_INT_LT_ACC");
        t.assertUses("user/sum-k", "LOOP_INT_LT_ACC");
        t.assertUses("user/sum-down", "LOOP_INT_DEC_ACC");
    }

    @Test void resultsOnEveryKindOfOperand() {
        for (String n : new String[] {"0", "1", "-5", "1000", "100000", "2.5", "10N", "1/2", "nil", ":k"}) {
            for (String f : new String[] {"lt-only", "lt-plus", "lockstep", "sum-to", "dec-pos"}) t.same("(" + f + " " + n + ")");
            if (!n.startsWith("-") && !n.equals("2.5") && !n.equals("1/2")) {
                t.same("(dec-only " + n + ")");
                t.same("(down-up " + n + ")");
                t.same("(sum-down " + n + ")");
            }
            t.same("(sum-k 1000 " + n + ")");
        }
        t.expect("499999500000", "(sum-to 1000000)");
        t.expect("[1000 1010]", "(lockstep 1000)");
        t.expect("[0 1000]", "(down-up 1000)");
        t.expect("5000000050000000", "(sum-down 100000000)");
        t.expect("0.0", "(dec-pos 6.0)");
        t.expect("-0.5", "(dec-pos 2.5)");
    }

    @Test void overflowInsideTheLoopIsTheGenericError() {
        t.expectError("integer overflow", "(sum-k 3 Long/MAX_VALUE)");
        t.expectError("integer overflow", "(sum-from 4611686018427387904 4611686018427387910)");
        t.expect("9223372036854775807", "(sum-k 1 Long/MAX_VALUE)");
    }

    @Test void redefinedCoreFnsTurnTheFastLaneOff() {
        t.expect("[3 [3 13]]", "[(with-redefs [inc (fn [x] (+ x 3))] (lt-only 2)) (lockstep 3)]");
        t.expect("[:done 10]", "[(with-redefs [< (fn [a b] false)] (if (zero? (lt-only 10)) :done :wrong)) (lt-only 10)]");
    }

    @Test void aFusedLoopNoticesFutureCancel() throws Exception {
        BytecodeClosure f = (BytecodeClosure) t.bytecode.getVar("user/lt-only");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> running = pool.submit(() -> f.invoke(Long.MAX_VALUE));
            Thread.sleep(100);
            running.cancel(true);
            try {
                running.get(5, TimeUnit.SECONDS);
            } catch (CancellationException | ExecutionException expected) {
                // cancelled
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "the loop did not stop");
        } finally {
            pool.shutdownNow();
        }
    }
}
