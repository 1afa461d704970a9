package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two tenants in one JVM: one's print-method never runs on, or sees, the other's values. */
class TenantIsolationTest {
    @Test
    void oneTenantsPrintMethodNeverSeesAnothersValues() {
        MinoState a = Mino.newState();
        MinoState b = Mino.newState();
        Object secret = a.eval("[:card 4111]");
        b.eval("(def seen (atom [])) (defmethod print-method clojure.lang.IPersistentVector [v w] (swap! seen conj v) (binding [*out* w] (print \"HACKED\")))");
        assertEquals("[:card 4111]", secret.toString(), "toString from Java runs no tenant's code");
        assertEquals("[:card 4111]", a.printString(secret));
        assertEquals("[:card 4111]", a.eval("(pr-str [:card 4111])"));
        assertEquals("HACKED", b.eval("(pr-str [1])"), "the tenant's own printing uses its method");
        assertEquals(1L, b.eval("(count @seen)"), "B's method saw only B's own vector");
    }

    @Test
    void namespacesAndVarsAreEachTenantsOwn() {
        MinoState a = Mino.newState();
        MinoState b = Mino.newState();
        a.eval("(ns shared.lib) (def x :from-a) (defn greet [] \"a\") (ns a.only) (def secret 4111)");
        b.eval("(require 'clojure.string) (ns shared.lib) (def x :from-b)");
        assertEquals(true, b.eval("(nil? (find-ns 'a.only))"), "B cannot see A's namespaces");
        assertEquals(true, b.eval("(nil? (resolve 'shared.lib/greet))"), "nor A's vars in a namespace of the same name");
        assertEquals(":from-b", b.eval("(str shared.lib/x)"));
        assertEquals("a.only", a.currentNamespace());
        assertEquals("shared.lib", b.currentNamespace(), "A's in-ns moved only A");

        a.eval("(alter-var-root #'clojure.core/str (fn [orig] (fn [& xs] \"pwned\")))");
        a.eval("(alter-var-root #'clojure.core/+ (constantly -))");
        a.eval("(remove-ns 'clojure.string)");
        assertEquals("ab", b.eval("(str \"a\" \"b\")"), "A's redefinitions of clojure.core stay in A");
        assertEquals(3L, b.eval("(+ 1 2)"));
        assertEquals("A-B", b.eval("(clojure.string/upper-case \"a-b\")"));
        assertEquals("pwned", a.eval("(str 1)"), "while A sees its own");

        a.eval("(def ^:dynamic *level* :a) (def counter (atom 0))");
        b.eval("(def counter (atom 100))");
        a.eval("(swap! counter inc)");
        assertEquals(100L, b.eval("@counter"));
        assertEquals(true, b.eval("(nil? (resolve 'a.only/*level*))"));
    }

    @Test
    void aPrintMethodForVectorsServesOnlyItsOwnState() {
        MinoState a = Mino.newState(MinoOptions.defaults().withThreads(2));
        MinoState b = Mino.newState(MinoOptions.defaults().withThreads(2));
        b.eval("(def seen (atom [])) (defmethod print-method clojure.lang.PersistentVector [v w] (swap! seen conj v) (binding [*out* w] (print \"#b\")))");
        Object vectors = a.eval("{:card [4111 1111] :cvv [123]}");

        assertEquals("{:card [4111 1111], :cvv [123]}", a.eval("(pr-str {:card [4111 1111] :cvv [123]})"));
        assertEquals("[1 [2]] [3]\n", a.eval("(with-out-str (prn [1 [2]] [3]))"));
        assertEquals("[1 2]|[3]", a.eval("(str [1 2] \"|\" (format \"%s\" [3]))"), "str and toString inside A's code");
        assertEquals("[4]", a.eval("(with-out-str (print-method [4] *out*))"));
        assertEquals("[5]", a.eval("@(future (pr-str [5]))"));
        assertEquals("{:card [4111 1111], :cvv [123]}", vectors.toString(), "toString from Java runs no state's code");
        assertEquals("{:card [4111 1111], :cvv [123]}", a.printString(vectors));

        assertEquals("#b {:v #b}", b.eval("(pr-str [1] {:v [2]})"), "B's own printing uses its method");
        assertEquals("#b", b.eval("(str [3])"));
        assertEquals("#b", b.eval("@(future (pr-str [4]))"), "a future of B's code prints as B's code does");
        assertEquals("#b", b.printString(b.eval("[5]")));
        assertEquals(true, b.eval("(= [[1] [2] [3] [4] [5]] @seen)"), "B's method saw B's vectors and nothing of A's");
    }

    @Test
    void twoStatesPrintingConcurrentlyUseTheirOwnMethods() throws Exception {
        MinoState a = stateMarkingVectors("#a");
        MinoState b = stateMarkingVectors("#b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> fromA = pool.submit(() -> printRepeatedly(a, "#a"));
            Future<List<String>> fromB = pool.submit(() -> printRepeatedly(b, "#b"));
            assertEquals(List.of(), fromA.get(), "what A printed otherwise than with its own method");
            assertEquals(List.of(), fromB.get(), "what B printed otherwise than with its own method");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tapFnsPrintAsTheirStatesCode() {
        MinoState b = stateMarkingVectors("#b");
        b.eval("(def tapped (promise)) (add-tap (fn [x] (deliver tapped (pr-str x)))) (tap> [1])");
        assertEquals("#b", b.eval("(deref tapped 10000 :no-tap)"), "the tap thread prints with B's method");
    }

    private static MinoState stateMarkingVectors(String mark) {
        MinoState s = Mino.newState();
        s.eval("(defmethod print-method clojure.lang.PersistentVector [v w] (binding [*out* w] (print \"" + mark + "\")))");
        return s;
    }

    /** Prints vectors many times in s's code, by printString and by toString; returns every unexpected text. */
    private static List<String> printRepeatedly(MinoState s, String mark) {
        List<String> unexpected = new ArrayList<>();
        Object fn = s.eval("(fn [i] (pr-str [i] {:k [i]}))");
        Object vector = s.eval("[7]");
        for (long i = 0; i < 200; i++) {
            expect(unexpected, mark + " {:k " + mark + "}", s.eval("(pr-str [" + i + "] {:k [" + i + "]})"));
            expect(unexpected, mark + " {:k " + mark + "}", s.call(fn, i));
            expect(unexpected, mark, s.printString(vector));
            expect(unexpected, "[7]", vector.toString());
        }
        return unexpected;
    }

    private static void expect(List<String> unexpected, String expected, Object printed) {
        if (!expected.equals(printed)) unexpected.add(String.valueOf(printed));
    }
}
