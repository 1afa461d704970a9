package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.EvalCancelledException;
import dev.mino.runtime.embed.EvalHandle;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoScriptException;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.embed.ReplSession;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** MinoState.openReplSession: clojure.main's bindings kept between evals, values printed, names completed. */
class ReplSessionTest {
    private final MinoState state = Mino.newState(MinoOptions.defaults().withCommandLineGrants());
    private final StringWriter out = new StringWriter();
    private final ReplSession session;

    ReplSessionTest() {
        state.setOut(out);
        session = state.openReplSession();
    }

    @Test void eachValueIsPrintedAndBecomesStarOne() {
        evalPrint("(+ 1 2)");
        evalPrint(":k");
        evalPrint("[*1 *2 *3]");
        assertEquals("3\n:k\n[:k 3 nil]\n", out.toString());
    }

    @Test void anErrorBecomesStarEAsTheCodeThrewIt() {
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> evalPrint("(throw (ex-info \"boom\" {:a 1}))"));
        assertEquals("REPL:1:1: boom", e.getMessage());
        evalPrint("[(ex-message *e) (ex-data *e) *1]");
        assertEquals("[\"boom\" {:a 1} nil]\n", out.toString());
    }

    @Test void setOfASessionVarLastsAndStaysInTheSession() {
        evalPrint("(set! *print-length* 3)");
        evalPrint("(range)");
        assertEquals("3\n(0 1 2 ...)\n", out.toString());
        assertEquals("(0 1 2 3 4)", state.printString(state.eval("(range 5)")), "the state's own evals are outside the session");
    }

    @Test void namespacedMapsPrintShortAsInClojuresRepl() {
        evalPrint("{:a/b 1 :a/c 2}");
        assertEquals("#:a{:b 1, :c 2}\n", out.toString());
    }

    @Test void theSessionKeepsItsNamespace() {
        evalPrint("(ns my.app)");
        evalPrint("(def x 1)");
        assertEquals("my.app", session.currentNamespace());
        assertEquals("user", state.currentNamespace());
    }

    @Test void anEndlessSeqPrintsUntilCancelled() throws Exception {
        EvalHandle handle = new EvalHandle();
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                session.evalPrint("(range)", "REPL", handle);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        while (out.toString().length() < 100_000) Thread.sleep(5);
        handle.cancel("interrupted");
        Throwable stopped = run.get(10, TimeUnit.SECONDS);
        assertTrue(stopped instanceof EvalCancelledException, String.valueOf(stopped));
        assertTrue(out.toString().startsWith("(0 1 2 3 "));
        evalPrint("(take 2 *1)");
        assertTrue(out.toString().endsWith("(0 1)\n"), "*1 is the seq that was printing");
    }

    @Test void completesVarsAliasesNamespacesKeywordsAndClasses() {
        evalPrint("(require '[clojure.string :as str]) (import 'java.util.ArrayDeque) (def my-thing 1) :my.kw/alpha");
        assertEquals(List.of("str/join"), session.completions("str/jo"));
        assertEquals(List.of("clojure.string/join"), session.completions("clojure.string/jo"));
        assertEquals(List.of("my-thing"), session.completions("my-th"));
        assertTrue(session.completions("redu").containsAll(List.of("reduce", "reduce-kv", "reductions")));
        assertTrue(session.completions("clojure.s").containsAll(List.of("clojure.string")));
        assertEquals(List.of(":my.kw/alpha"), session.completions(":my.kw/al"));
        assertEquals(List.of("ArrayDeque"), session.completions("ArrayDe"));
        assertTrue(session.completions("StringBui").contains("StringBuilder"), "java.lang by its short name");
        assertTrue(session.completions("java.util.HashM").contains("java.util.HashMap"));
        assertTrue(session.completions("java.util.concurrent.Conc").contains("java.util.concurrent.ConcurrentHashMap"));
        assertEquals(List.of("Math/abs", "Math/absExact"), session.completions("Math/ab"));
        assertEquals(List.of(), session.completions("java.lang.reflect.Meth"), "an ungranted package's classes are not offered");
    }

    @Test void completesAutoResolvedKeywords() {
        evalPrint("(ns my.app (:require [clojure.string :as str])) [::here :clojure.string/there]");
        assertEquals(List.of("::here"), session.completions("::he"));
        assertEquals(List.of("::str/there"), session.completions("::str/th"));
    }

    private void evalPrint(String src) {
        session.evalPrint(src, "REPL", new EvalHandle());
    }
}
