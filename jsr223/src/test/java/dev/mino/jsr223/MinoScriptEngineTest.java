package dev.mino.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.MinoScriptException;
import dev.mino.runtime.reader.ReaderException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** The engine as a javax.script user meets it: found by the manager, bindings, streams, errors, Invocable. */
class MinoScriptEngineTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("mino");
    private final StringWriter out = new StringWriter();

    MinoScriptEngineTest() {
        engine.getContext().setWriter(out);
    }

    @Test void theManagerFindsItAndItEvaluates() throws ScriptException {
        assertInstanceOf(MinoScriptEngine.class, engine);
        assertEquals(3L, engine.eval("(+ 1 2)"));
        assertEquals("(2 3 4)", engine.eval("(pr-str (map inc [1 2 3]))"));
    }

    @Test void bindingsAreUserVarsAndComeBack() throws ScriptException {
        engine.put("x", 41L);
        assertEquals(42L, engine.eval("(inc x)"));
        engine.eval("(def x (* x 2)) (def y 1)");
        assertEquals(82L, engine.get("x"), "a binding's var comes back");
        assertNull(engine.get("y"), "a var without a binding stays in the state");
        assertEquals(1L, engine.eval("y"));
    }

    @Test void bindingsOfOneEvalAndTheManagersGlobals() throws ScriptException {
        ScriptEngineManager manager = new ScriptEngineManager();
        manager.put("greeting", "hello");
        ScriptEngine fresh = manager.getEngineByName("mino");
        Bindings bindings = fresh.createBindings();
        bindings.put("n", 2L);
        assertEquals("hello hello", fresh.eval("(apply str (interpose \" \" (repeat n greeting)))", bindings));
        fresh.eval("(def greeting \"bye\") (def n 3)", bindings);
        assertEquals(3L, bindings.get("n"));
        assertEquals("hello", manager.get("greeting"), "GLOBAL_SCOPE is read-only to scripts");
    }

    @Test void aBindingNamedLikeACoreFnShadowsItInUserOnly() throws ScriptException {
        engine.put("count", 3L);
        engine.put(ScriptEngine.FILENAME, "counted.clj");
        engine.put("not a name", 1L);
        assertEquals(List.of(3L, 2L), engine.eval("[count (clojure.core/count [1 2])]"));
        assertFalse(BindingVars.isVarName(ScriptEngine.FILENAME));
        assertFalse(BindingVars.isVarName("not a name"));
        assertTrue(BindingVars.isVarName("*level*"));
    }

    @Test void theContextsStreamsAreTheScriptsStreams() throws ScriptException {
        StringWriter err = new StringWriter();
        engine.getContext().setErrorWriter(err);
        engine.getContext().setReader(new StringReader("first line\nsecond"));
        engine.eval("(println \"hi\") (binding [*out* *err*] (println \"oops\"))");
        assertEquals("hi\n", out.toString());
        assertEquals("oops\n", err.toString());
        assertEquals("first line", engine.eval("(read-line)"));
    }

    @Test void anErrorIsAScriptExceptionWithItsPosition() {
        engine.put(ScriptEngine.FILENAME, "calc.clj");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(defn half [x]\n  (/ x 0))\n(half 3)"));
        assertEquals("calc.clj", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(3, e.getColumnNumber());
        assertEquals("ArithmeticException: Divide by zero in calc.clj at line number 2 at column number 3", e.getMessage());
        assertInstanceOf(ArithmeticException.class, assertInstanceOf(MinoScriptException.class, e.getCause()).getCause());
    }

    @Test void aSyntaxErrorToo() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(+ 1\n  [2"));
        assertEquals(2, e.getLineNumber());
        assertInstanceOf(ReaderException.class, e.getCause());
    }

    @Test void invocableCallsVarsFns() throws Exception {
        engine.eval("(defn greet [n] (str \"hello, \" n))"
                + "(defprotocol Shape (area [s])) (defrecord Square [n] Shape (area [_] (* n n)))");
        Invocable invocable = (Invocable) engine;
        assertEquals("hello, world", invocable.invokeFunction("greet", "world"));
        assertEquals(9L, invocable.invokeMethod(engine.eval("(->Square 3)"), "area"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("nope"));
        assertThrows(ScriptException.class, () -> invocable.invokeFunction("greet"));
    }

    /** What a Java caller implements with mino fns. */
    interface Greeter {
        String greet(String name);

        int size(String name);

        default String shout(String name) { return greet(name).toUpperCase(); }
    }

    @Test void getInterfaceImplementsAJavaInterface() throws ScriptException {
        Invocable invocable = (Invocable) engine;
        engine.eval("(defn greet [n] (str \"hi \" n))");
        assertNull(invocable.getInterface(Greeter.class), "size has no fn yet");
        engine.eval("(defn size [n] (clojure.core/count n))");
        Greeter greeter = invocable.getInterface(Greeter.class);
        assertEquals("hi bo", greeter.greet("bo"));
        assertEquals(2, greeter.size("bo"));
        assertEquals("HI BO", greeter.shout("bo"), "a default method without a fn runs as Java wrote it");
    }

    /** A method with a receiver: a protocol fn's first argument. */
    interface Shape {
        long area();
    }

    @Test void getInterfaceOnAReceiverCallsProtocolFns() throws ScriptException {
        engine.eval("(defprotocol Area (area [s])) (defrecord Square [n] Area (area [_] (* n n)))");
        Shape square = ((Invocable) engine).getInterface(engine.eval("(->Square 4)"), Shape.class);
        assertEquals(16L, square.area());
        assertNull(((Invocable) engine).getInterface(engine.eval("(->Square 4)"), Runnable.class), "no run fn");
    }

    @Test void aCompiledScriptRunsAgainWithNewBindings() throws ScriptException {
        CompiledScript script = ((Compilable) engine).compile("(* x x)");
        engine.put("x", 3L);
        assertEquals(9L, script.eval());
        Bindings bindings = engine.createBindings();
        bindings.put("x", 5L);
        assertEquals(25L, script.eval(bindings));
    }

    @Test void threadsEvaluatingAtOnceWriteToTheirOwnContexts() throws Exception {
        assertEquals("MULTITHREADED", engine.getFactory().getParameter("THREADING"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outputs = pool.invokeAll(List.of(printing("a"), printing("b")));
            assertEquals("a".repeat(2000), outputs.get(0).get());
            assertEquals("b".repeat(2000), outputs.get(1).get());
        } finally {
            pool.shutdown();
        }
    }

    private Callable<String> printing(String letter) {
        return () -> {
            ScriptContext context = new SimpleScriptContext();
            StringWriter own = new StringWriter();
            context.setWriter(own);
            for (int i = 0; i < 20; i++) engine.eval("(dotimes [_ 100] (print \"" + letter + "\"))", context);
            return own.toString();
        };
    }
}
