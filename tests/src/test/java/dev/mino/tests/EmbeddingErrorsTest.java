package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.analyzer.CompileException;
import dev.mino.runtime.core.Builtin;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoScriptException;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.reader.ReaderException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's errors an embedder can use: whatever MinoState.eval throws is a MinoException whose message leads
 * with file:line:col, the script's own exception kept as the cause; inside mino, errors are Clojure's. (The
 * deadline's EvalCancelledException: DeadlineTest.)
 */
class EmbeddingErrorsTest {
    private final MinoState state = Mino.newState();

    @Test void aSyntaxErrorIsAReaderException() {
        ReaderException e = assertThrows(ReaderException.class, () -> state.eval("(+ 1\n  [2", "syntax.clj"));
        assertEquals("syntax.clj:2:3: EOF while reading, starting at line 2", e.getMessage());
        assertTrue(e.incomplete(), "more input could finish the form");
        assertEquals(2, e.position().line());
    }

    @Test void anUnboundSymbolIsACompileException() {
        CompileException e = assertThrows(CompileException.class, () -> state.eval("(defn f []\n  (nope 1))", "compile.clj"));
        assertEquals("compile.clj:2:3: Unable to resolve symbol: nope in this context", e.getMessage());
    }

    @Test void aRuntimeErrorInsideAFnNamesItsForm() {
        state.eval("(defn pick [v]\n  (nth v 5))", "lib.clj");
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> state.eval("(pick [1 2])", "main.clj"));
        assertTrue(e.getMessage().startsWith("lib.clj:2:3: IndexOutOfBoundsException"), e.getMessage());
        assertInstanceOf(IndexOutOfBoundsException.class, e.getCause());
        assertEquals("lib.clj", e.position().file());
    }

    @Test void exInfoDataReachesJava() {
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> state.eval("(throw (ex-info \"x\" {:a 1}))"));
        assertEquals("NO_SOURCE_FILE:1:1: x", e.getMessage());
        assertEquals(1L, e.data().valAt(Keyword.of("a")));
        assertEquals(e.data(), assertInstanceOf(ExceptionInfo.class, e.getCause()).data());
    }

    @Test void aCheckedExceptionIsWrappedWithItsCause() {
        MinoState io = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.io")));
        MinoException e = assertThrows(MinoScriptException.class, () -> io.eval("(throw (java.io.IOException. \"io\"))", "io.clj"));
        assertEquals("io.clj:1:1: IOException: io", e.getMessage());
        assertEquals("io", assertInstanceOf(IOException.class, e.getCause()).getMessage());
        assertNull(((MinoScriptException) e).data(), "no ex-info, no data");
    }

    @Test void divideByZeroKeepsTheArithmeticException() {
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> state.eval("(/ 1 0)"));
        assertEquals("NO_SOURCE_FILE:1:1: ArithmeticException: Divide by zero", e.getMessage());
        assertEquals("Divide by zero", assertInstanceOf(ArithmeticException.class, e.getCause()).getMessage());
    }

    @Test void minoCodeStillSeesClojuresErrors() {
        assertEquals("Divide by zero", state.eval("(try (/ 1 0) (catch ArithmeticException e (ex-message e)))"));
        assertEquals("Map literal must contain an even number of forms",
                state.eval("(try (read-string \"{:a}\") (catch Exception e (ex-message e)))"));
        assertEquals(1L, state.eval("(try (throw (ex-info \"x\" {:a 1})) (catch clojure.lang.ExceptionInfo e (:a (ex-data e))))"));
    }

    @Test void aJavaFnCallingBackLeavesErrorsToTheMinoAroundIt() {
        // The embedder's fn is the state's own code calling back in: the mino around it catches by class.
        state.define("user/call-back", new Builtin("call-back").a1(f -> state.call(f)));
        assertEquals(":caught", state.printString(state.eval("(try (call-back #(/ 1 0)) (catch ArithmeticException e :caught))")));
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> state.eval("(call-back #(/ 1 0))"));
        assertInstanceOf(ArithmeticException.class, e.getCause());
    }

    @Test void callAndPrintStringReportToo() {
        Object f = state.eval("(fn [x] (throw (ex-info \"bad\" {:x x})))", "f.clj");
        MinoScriptException e = assertThrows(MinoScriptException.class, () -> state.call(f, 7L));
        assertEquals("f.clj:1:9: bad", e.getMessage());
        Object unprintable = state.eval("(deftype Unprintable []) (defmethod print-method Unprintable [x w] (/ 1 0)) (Unprintable.)");
        assertInstanceOf(ArithmeticException.class, assertThrows(MinoScriptException.class, () -> state.printString(unprintable)).getCause());
    }

    @Test void theReportIsTheMessageNeverDoubled() {
        MinoException e = assertThrows(MinoException.class, () -> state.eval("(inc \"s\")", "r.clj"));
        assertEquals(e.getMessage(), MinoState.describeError(e));
        assertEquals(e.getMessage(), MinoState.describeError(e.getCause()), "the report of what the script threw");
    }
}
