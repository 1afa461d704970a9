package dev.mino.tier.bytecode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every speculative int op: its fast lane (fixnums), its long lane (boxed Longs beyond the fixnum range),
 * and its fallback (other numbers, non-numbers, overflow), each giving what the tree-walker gives.
 */
class SpeculativeOpsTest {
    static TwoTiers t;

    static final String[] VALUES = {"0", "1", "-1", "7", "-7", "3", "4611686018427387903", "4611686018427387904",
            "-4611686018427387904", "-4611686018427387905", "Long/MAX_VALUE", "Long/MIN_VALUE", "(dec Long/MAX_VALUE)",
            "(inc Long/MIN_VALUE)", "2.5", "-0.5", "1/2", "10N", "nil", ":k"};

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn add [a b] (+ a b)) (defn sub [a b] (- a b)) (defn mul [a b] (* a b))"
                + " (defn qt [a b] (quot a b)) (defn rm [a b] (rem a b)) (defn md [a b] (mod a b))"
                + " (defn eq [a b] (= a b)) (defn eqn [a b] (== a b)) (defn lt [a b] (< a b)) (defn le [a b] (<= a b))"
                + " (defn gt [a b] (> a b)) (defn ge [a b] (>= a b))"
                + " (defn band [a b] (bit-and a b)) (defn bor [a b] (bit-or a b)) (defn bxor [a b] (bit-xor a b))"
                + " (defn shl [a b] (bit-shift-left a b)) (defn shr [a b] (bit-shift-right a b)) (defn ushr [a b] (unsigned-bit-shift-right a b))"
                + " (defn bnot [a] (bit-not a)) (defn z [a] (zero? a)) (defn p [a] (pos? a)) (defn n [a] (neg? a))"
                + " (defn ev [a] (even? a)) (defn od [a] (odd? a)) (defn i [a] (inc a)) (defn d [a] (dec a))"
                + " (defn nt [a] (not a)) (defn nl [a] (nil? a))"
                + " (defn addk [a] (+ a 100)) (defn kadd [a] (+ -100 a)) (defn subk [a] (- a 1)) (defn eqk [a] (= a 5))"
                + " (defn ltk [a] (< a 2)) (defn klt [a] (< 2 a)) (defn lek [a] (<= a -3)) (defn gtk [a] (> a 0)) (defn gek [a] (>= a 127))"
                + " (defn mulk [a] (* a 3)) (defn kmul [a] (* -2 a))"
                + " (defn fixsum [a b] (let [x (+ a 1) y (* b 2)] (+ x y)))");
    }

    @Test void opsAreEmitted() {
        String[][] expected = {{"user/add", "ADD_II"}, {"user/sub", "SUB_II"}, {"user/mul", "MUL_II"}, {"user/qt", "QUOT"},
                {"user/rm", "REM"}, {"user/md", "MOD"}, {"user/eq", "EQ_II"}, {"user/eqn", "EQ_II"}, {"user/lt", "LT_II"},
                {"user/le", "LE_II"}, {"user/gt", "GT_II"}, {"user/ge", "GE_II"}, {"user/band", "BAND_II"}, {"user/bor", "BOR_II"},
                {"user/bxor", "BXOR_II"}, {"user/shl", "SHL_II"}, {"user/shr", "SHR_II"}, {"user/ushr", "USHR_II"},
                {"user/bnot", "BNOT_I"}, {"user/z", "ZERO_INT_P"}, {"user/p", "POS_P_I"}, {"user/n", "NEG_P_I"},
                {"user/ev", "EVEN_P_I"}, {"user/od", "ODD_P_I"}, {"user/i", "INC_I"}, {"user/d", "DEC_I"}, {"user/nt", "NOT"},
                {"user/nl", "NIL_P"}, {"user/addk", "ADD_IK"}, {"user/kadd", "ADD_IK"}, {"user/subk", "SUB_IK"},
                {"user/eqk", "EQ_IK"}, {"user/ltk", "LT_IK"}, {"user/klt", "GT_IK"}, {"user/lek", "LE_IK"}, {"user/gtk", "GT_IK"},
                {"user/gek", "GE_IK"}, {"user/mulk", "MUL_IK"}, {"user/kmul", "MUL_IK"}};
        for (String[] e : expected) t.assertUses(e[0], e[1]);
    }

    @Test void binaryOpsAgreeOnEveryPairOfOperands() {
        for (String f : new String[] {"add", "sub", "mul", "qt", "rm", "md", "eq", "eqn", "lt", "le", "gt", "ge", "band", "bor",
                "bxor", "shl", "shr", "ushr"}) {
            for (String a : VALUES) {
                for (String b : VALUES) t.same("(" + f + " " + a + " " + b + ")");
            }
        }
    }

    @Test void unaryOpsAgree() {
        for (String f : new String[] {"bnot", "z", "p", "n", "ev", "od", "i", "d", "nt", "nl", "addk", "kadd", "subk", "eqk", "ltk",
                "klt", "lek", "gtk", "gek", "mulk", "kmul"}) {
            for (String a : VALUES) t.same("(" + f + " " + a + ")");
        }
    }

    @Test void overflowAtTheEdges() {
        t.expectError("integer overflow", "(i Long/MAX_VALUE)");
        t.expect("9223372036854775807", "(i (dec Long/MAX_VALUE))");
        t.expectError("integer overflow", "(d Long/MIN_VALUE)");
        t.expectError("integer overflow", "(add Long/MAX_VALUE 1)");
        t.expectError("integer overflow", "(mul 4611686018427387904 2)");
        t.expect("-9223372036854775808", "(mul -4611686018427387904 2)");
        t.expectError("integer overflow", "(mulk 3074457345618258603)");
        t.expect("9223372036854775806", "(mulk 3074457345618258602)");
        t.expect("-9223372036854775808", "(kmul 4611686018427387904)");
        t.expectError("integer overflow", "(kmul Long/MIN_VALUE)");
        t.expectError("integer overflow", "(sub Long/MIN_VALUE 1)");
        t.expectError("integer overflow", "(qt Long/MIN_VALUE -1)");
        t.expectError("Divide by zero", "(md 5 0)");
        // Crossing the fixnum range is not an overflow: the result is a boxed long.
        t.expect("4611686018427387904", "(i 4611686018427387903)");
        t.expect("-4611686018427387905", "(d -4611686018427387904)");
        t.expect("4611686018427387904", "(addk 4611686018427387804)");
        t.expect("9223372036854775805", "(fixsum 4611686018427387902 2305843009213693951)");
    }

    @Test void fallbackKeepsTheGenericErrorText() {
        t.same("(add 1 nil)");
        t.same("(add :k 1)");
        t.same("(lt \"a\" 1)");
        t.same("(z nil)");
        t.same("(ev 1.5)");
    }

    @Test void aRedefinitionDuringALoopTakesEffectAtTheNextIteration() {
        // The guard is the op's code word (GuardedSites): redefining - patches the running loop's SUB_IK.
        t.define("(defn flip-at [k] (loop [i 0 acc 0] (if (< i 4) (do (when (= i k) (alter-var-root #'- (constantly +)))"
                + " (recur (inc i) (- acc 1))) acc)))");
        t.assertUses("user/flip-at", "SUB_IK");
        t.expect("[0 -4 -4]", "(let [old -] (try [(flip-at 2) (do (alter-var-root #'- (constantly old)) (flip-at 9)) (flip-at 9)]"
                + " (finally (alter-var-root #'- (constantly old)))))");
    }

    @Test void aFnCompiledAfterACoreFnWasRedefinedCallsWhatTheVarHolds() {
        // No int op, no fused loop: they would compute clojure.core's +, not the var's value.
        t.define("(def original-plus +) (alter-var-root #'+ (constantly *))"
                + " (defn after-redef [a] (+ a 10)) (defn loop-after-redef [n] (loop [i 1 k 0] (if (< k n) (recur (+ i 2) (inc k)) i)))");
        try {
            t.expect("[10 8]", "[(after-redef 1) (loop-after-redef 3)]");
        } finally {
            t.define("(alter-var-root #'+ (constantly original-plus)) nil");
        }
        t.expect("[11 7]", "[(after-redef 1) (loop-after-redef 3)]");
    }

    @Test void aRedefinedCoreFnIsCalledInsteadOfTheFastLane() {
        t.define("(defn plus3 [a] (+ a 3))");
        t.expect("4", "(plus3 1)");
        t.expect("[-2 4]", "[(with-redefs [+ -] (plus3 1)) (plus3 1)]");
        t.expect("[true 4]", "(let [old +] (alter-var-root #'+ (constantly (fn [a b] :redefined))) "
                + "(let [r (plus3 1)] (alter-var-root #'+ (constantly old)) [(= r :redefined) (plus3 1)]))");
    }
}
