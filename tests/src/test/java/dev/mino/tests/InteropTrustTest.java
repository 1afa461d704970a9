package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Trust follows code, not threads (issue 15's first repro): library text loaded from mino's own resources may
 * use interop, but user code that runs or is expanded while a library loads never gains that trust. The probe
 * is a harmless call (System/getProperty) that a state without grants must refuse: were it allowed, the
 * same shape would run System/exit or Runtime.exec.
 */
class InteropTrustTest {
    static final String PROBE = "(java.lang.System/getProperty \"user.home\")";

    @ParameterizedTest
    @ValueSource(strings = {
            // a redefined core macro that a library's forms expand through
            "(alter-var-root #'clojure.core/defn (fn [orig] (fn [& args] (list 'do 'PROBE (apply orig args)))))"
                    + " (require 'clojure.set :reload)",
            // the same through defmacro in clojure.core (clojure.set uses and)
            // (checked when the reloaded fn runs: clojure.set/subset? uses and)
            "(in-ns 'clojure.core) (defmacro and [& xs] (list 'do 'PROBE true)) (in-ns 'user) (require 'clojure.set :reload)"
                    + " (clojure.set/subset? #{1} #{1 2})",
            // a core name re-pointed at a new var
            "(ns-unmap 'clojure.core 'and) (in-ns 'clojure.core) (defmacro and [& xs] (list 'do 'PROBE true)) (in-ns 'user)"
                    + " (require 'clojure.set :reload) (clojure.set/subset? #{1} #{1 2})",
            // eval, whoever calls it
            "(eval 'PROBE)",
            "(load-string (pr-str 'PROBE))",
    })
    void userCodeNeverGainsTheLibrarysTrust(String attack) {
        MinoState s = Mino.newState();
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(attack.replace("PROBE", PROBE)));
        String message = MinoState.describeError(e);
        assertTrue(message.contains("Java interop denied: getProperty of class java.lang.System"), message);
    }

    @Test
    void aPackageGrantDoesNotOpenItsSubpackages() {
        // java.lang granted (as the command line does) must not open java.lang.reflect: Method.invoke reaches anything.
        MinoState s = Mino.newState(dev.mino.runtime.embed.MinoOptions.defaults().withInteropAllow(dev.mino.runtime.embed.MinoOptions.COMMAND_LINE_INTEROP));
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(
                "(.invoke (.getMethod (Class/forName \"java.lang.System\") \"getProperty\" (into-array Class [String])) nil (into-array Object [\"user.home\"]))"));
        // Refused at its first step: reflection through java.lang.Class needs java.lang.reflect granted too.
        assertTrue(MinoState.describeError(e).contains("Java interop denied: java.lang.Class.forName reflects on classes"), MinoState.describeError(e));
        assertEquals("ABC", s.eval("(.toUpperCase \"abc\")"), "java.lang itself stays open");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(System/exit 42)", "(.halt (Runtime/getRuntime) 42)", "(.exec (Runtime/getRuntime) \"true\")",
            "(System/setProperty \"mino.tenant\" \"x\")", "(.start (ProcessBuilder. (into-array String [\"true\"])))"})
    void actingOnTheWholeProcessNeedsItsOwnGrant(String src) {
        // java.lang granted, as the command line does, but not process control (an embedder's choice).
        MinoState s = Mino.newState(dev.mino.runtime.embed.MinoOptions.defaults().withInteropAllow(dev.mino.runtime.embed.MinoOptions.COMMAND_LINE_INTEROP));
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src));
        assertTrue(MinoState.describeError(e).contains("reaches the whole process and this state may not"), MinoState.describeError(e));
        assertEquals(null, System.getProperty("mino.tenant"));
    }

    @Test
    void librariesStillLoadAndReloadWithTheirOwnInterop() {
        MinoState s = Mino.newState();
        assertEquals(":ok", s.printString(s.eval("(require 'clojure.set :reload) (require '[clojure.string :as str]) :ok")));
        assertEquals("ABC", s.eval("(clojure.string/upper-case \"abc\")"));
        assertEquals("(1 2 3)", s.printString(s.eval("(sort (clojure.set/union #{1} #{2 3}))")));
    }
}
