package dev.mino.tier.bytecode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The collection fast lanes on their own types, and the generic fn on every other operand. */
class DataLanesTest {
    static TwoTiers t;

    static final String[] COLLS = {"[]", "[1 2 3]", "(vec (range 100))", "'(1 2 3)", "{:a 1 :b 2}", "(zipmap (range 20) (range 20))",
            "#{1 2}", "\"abc\"", "nil", "(range 3)", "(lazy-seq (cons 1 nil))", "(sorted-map :a 1)", "(java.util.ArrayList. [1 2])", "42"};

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn nth2 [v i] (nth v i)) (defn fst [v] (first v)) (defn cnt [v] (count v)) (defn emp [v] (empty? v))"
                + " (defn cj [v x] (conj v x)) (defn getk [m] (get m :a)) (defn kw [m] (:b m)) (defn asc [m k v] (assoc m k v))"
                + " (defn dis [m k] (dissoc m k))");
    }

    @Test void opsAreEmitted() {
        t.assertUses("user/nth2", "NTH_VEC");
        t.assertUses("user/fst", "FIRST_VEC");
        t.assertUses("user/cnt", "COUNT_VEC");
        t.assertUses("user/emp", "EMPTY_VEC");
        t.assertUses("user/cj", "CONJ_VEC");
        t.assertUses("user/getk", "GET_KW_MAP");
        t.assertUses("user/kw", "GET_KW_MAP");
        t.assertUses("user/asc", "ASSOC");
        t.assertUses("user/dis", "DISSOC");
    }

    @Test void everyLaneAgreesWithTheTreeWalkerOnEveryOperand() {
        for (String c : COLLS) {
            for (String i : new String[] {"0", "1", "2", "-1", "99", "100", "1.0", "nil"}) t.same("(nth2 " + c + " " + i + ")");
            t.same("(fst " + c + ")");
            t.same("(cnt " + c + ")");
            t.same("(emp " + c + ")");
            t.same("(cj " + c + " :x)");
            t.same("(getk " + c + ")");
            t.same("(kw " + c + ")");
            t.same("(asc " + c + " 0 :x)");
            t.same("(asc " + c + " :a :x)");
            t.same("(dis " + c + " :a)");
        }
    }

    @Test void fastLaneValues() {
        t.expect("2", "(nth2 [1 2 3] 1)");
        t.expect("1", "(fst [1 2 3])");
        t.expect("nil", "(fst [])");
        t.expect("3", "(cnt [1 2 3])");
        t.expect("true", "(emp [])");
        t.expect("[1 :x]", "(cj [1] :x)");
        t.expect("1", "(getk {:a 1})");
        t.expect("2", "(kw {:b 2})");
        t.expect("{:a :x}", "(asc {} :a :x)");
        t.expect("{:b 2}", "(dis {:a 1 :b 2} :a)");
        t.expectError("Index", "(nth2 [1 2 3] 5)");
    }

    @Test void redefinedCoreFnsAreHonoured() {
        t.expect("[:redef 3]", "[(with-redefs [count (fn [_] :redef)] (cnt [1 2 3])) (cnt [1 2 3])]");
        t.expect("[:redef 1]", "[(with-redefs [get (fn [m k] :redef)] (getk {:a 1})) (getk {:a 1})]");
    }
}
