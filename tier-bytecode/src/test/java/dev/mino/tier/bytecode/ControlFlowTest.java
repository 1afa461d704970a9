package dev.mino.tier.bytecode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tail calls in constant stack, deep non-tail recursion, try/catch/finally, letfn, case, binding, closures. */
class ControlFlowTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
    }

    @Test void millionDeepMutualRecursionThroughVars() {
        t.define("(declare odd2?) (defn even2? [n] (if (zero? n) true (odd2? (dec n)))) (defn odd2? [n] (if (zero? n) false (even2? (dec n))))");
        t.expect("true", "(even2? 1000000)");
        t.expect("false", "(odd2? 1000000)");
    }

    @Test void millionDeepMutualRecursionThroughLetfnAndLocals() {
        t.expect("true", "((fn [] (letfn [(ev? [n] (if (zero? n) true (od? (dec n)))) (od? [n] (if (zero? n) false (ev? (dec n))))] (ev? 1000000))))");
        t.expect(":done", "((fn [f n] (f f n)) (fn [self n] (if (zero? n) :done (self self (dec n)))) 1000000)");
        t.expect("1000000", "((fn [n] (loop [i 0] (if (< i n) (recur (inc i)) i))) 1000000)");
        t.expect("500000500000", "((fn sum [n acc] (if (zero? n) acc (recur (dec n) (+ acc n)))) 1000000 0)");
    }

    @Test void deepNonTailRecursionIsAStackOverflowError() {
        t.define("(defn deep [n] (inc (deep n)))");
        t.expectError("stack overflow (non-tail recursion too deep)", "(deep 0)");
        t.expect(":recovered", "(try (deep 0) (catch Throwable _ :recovered))");
        t.define("(defn down [n] (if (zero? n) 0 (inc (down (dec n)))))");
        t.expect("5000", "(down 5000)");
    }

    @Test void tryCatchFinally() {
        t.define("(def log (atom [])) (defn note [x] (swap! log conj x) x)"
                + " (defn tcf [x] (try (note :body) (if (= x :throw) (throw (ex-info \"boom\" {:x 1})) (/ 10 x))"
                + "   (catch ArithmeticException e (note :arith) :div0)"
                + "   (catch clojure.lang.ExceptionInfo e (note :info) (ex-data e))"
                + "   (finally (note :finally))))");
        t.expect("5", "(tcf 2)");
        t.expect(":div0", "(tcf 0)");
        t.expect("{:x 1}", "(tcf :throw)");
        t.expectError("cannot be cast", "(tcf \"s\")");
        t.expect("[:body :finally :body :arith :finally :body :info :finally :body :finally]", "@log");
        t.expect("[:inner :outer]", "((fn [] (let [a (atom [])] (try (try (throw (ex-info \"x\" {})) (finally (swap! a conj :inner)))"
                + " (catch Exception e (swap! a conj :outer))) @a)))");
        t.expect("\"rethrown\"", "((fn [] (try (try (throw (ex-info \"rethrown\" {})) (catch IllegalStateException e :wrong))"
                + " (catch Exception e (ex-message e)))))");
        t.expect("3", "((fn [] (try 1 2 3 (finally 4))))");
        t.expect(":caught", "((fn [] (try (throw (Exception. \"plain\")) (catch e :caught))))");
    }

    @Test void recurInsideTryWhereLegal() {
        // A loop wholly inside a try body, and a try in recur's argument position inside a loop.
        t.expect("10", "((fn [] (try (loop [i 0] (if (< i 10) (recur (inc i)) i)) (catch Exception e :no))))");
        t.expect("[5 2]", "((fn [] (loop [i 0 errs 0] (if (< i 5) (recur (inc i) (try (if (odd? i) (throw (ex-info \"odd\" {})) errs)"
                + " (catch Exception e (inc errs)))) [i errs]))))");
        t.expect("6", "((fn [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc (try i (finally nil)))) acc))) 4)");
        t.expectError("Can only recur from tail position", "(fn [] (loop [i 0] (try (recur (inc i)) (catch Exception e 0))))");
    }

    @Test void closuresCaptureByValueAndLetfnPatches() {
        t.expect("[0 1 2]", "((fn [] (mapv (fn [f] (f)) (loop [i 0 fs []] (if (< i 3) (recur (inc i) (conj fs (fn [] i))) fs)))))");
        t.expect("[1 2 3]", "((fn [a] (let [f (fn [] (let [g (fn [] [a (inc a) (+ a 2)])] (g)))] (f))) 1)");
        t.expect("[true false]", "((fn [] (letfn [(e? [n] (if (zero? n) true (o? (dec n)))) (o? [n] (if (zero? n) false (e? (dec n))))]"
                + " [(e? 10) (o? 10)])))");
        t.expect("120", "((fn fact [n] (if (zero? n) 1 (* n (fact (dec n))))) 5)");
        t.expect("(1 2 3)", "((fn [& xs] xs) 1 2 3)");
        t.expect("[1 (2 3)]", "((fn [a & more] [a more]) 1 2 3)");
        t.expect("[1 nil]", "((fn [a & more] [a more]) 1)");
        t.expect("(3 2 1)", "((fn rev [acc & xs] (if xs (recur (cons (first xs) acc) (next xs)) acc)) () 1 2 3)");
    }

    @Test void caseBindingLazySeqsAndDefs() {
        t.expect("[:one :two :other :kw :many]", "(mapv (fn [x] (case x 1 :one 2 :two :k :kw (3 4) :many :other)) [1 2 5 :k 4])");
        t.define("(def ^:dynamic *v* :root) (defn read-v [] *v*)");
        t.expect("[:root :bound :root]", "((fn [] [(read-v) (binding [*v* :bound] (read-v)) (read-v)]))");
        t.expect("[:set :root]", "((fn [] [(binding [*v* :bound] (set! *v* :set) (read-v)) (read-v)]))");
        t.expect("(0 1 2 3 4)", "((fn nums [n] (lazy-seq (when (< n 5) (cons n (nums (inc n)))))) 0)");
        t.expect("(0 2 4)", "(take 3 ((fn evens [n] (lazy-seq (cons n (evens (+ n 2))))) 0))");
        t.expect("[#'user/made 42]", "((fn [] [(def made 42) made]))");
        t.expect("{:a 1, :b [2 3], :c #{4}}", "((fn [x] {:a x :b [(inc x) (+ x 2)] :c #{(* 4 x)}}) 1)");
        t.expect("{:m true}", "(meta ((fn [x] ^{:m true} [x]) 1))");
        t.expect("\"ABC\"", "((fn [s] (.toUpperCase s)) \"abc\")");
        t.expect("3", "((fn [s] (.length s)) \"abc\")");
        t.expect("9223372036854775807", "((fn [] Long/MAX_VALUE))");
        t.expect("[1 2]", "((fn [] (vec (java.util.ArrayList. [1 2]))))");
    }

    @Test void aFnTooLargeForBytecodeRunsOnTheTreeWalker() {
        // 300 locals do not fit 256 registers: compiled on its first call, the fn falls back.
        StringBuilder lets = new StringBuilder();
        for (int k = 0; k < 300; k++) lets.append(" a").append(k).append(' ').append(k);
        t.define("(defn big ([] (let [" + lets + "] (+ a0 a299))) ([x & more] (let [" + lets + "] [x (count more) a150])))"
                + " (defn only-none [] (let [" + lets + "] a0))");
        t.expect("[299 [1 2 150] [1 0 150] [1 2 150]]", "[(big) (big 1 2 3) (apply big [1]) (apply big 1 2 [3])]");
        t.expect("[299 299]", "[(big) ((fn [f] (f)) big)]");
        t.expectError("Wrong number of args (1) passed to: user/only-none", "(only-none 1)");
    }

    @Test void threadsCallingAFnForTheFirstTimeTogetherCompileItOnce() {
        // Methods are compiled on the first call: racing first calls must all see one whole compiled fn.
        for (int round = 0; round < 5; round++) {
            String f = "fresh" + round;
            t.define("(defn " + f + " [x] (let [y (* x 2)] (if (pos? y) (inc y) (dec y))))");
            t.expect("[999998 999998 999998 999998 999998 999998 999998 999998]",
                    "(let [fs (doall (for [i (range 8)] (future (reduce + (map " + f + " (range 1000))))))] (mapv deref fs))");
        }
    }
}
