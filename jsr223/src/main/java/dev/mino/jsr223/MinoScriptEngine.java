package dev.mino.jsr223;

import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.MinoException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A mino state behind the javax.script API. Each eval (and each invocation) runs with its context's bindings
 * as vars in the user namespace ({@link BindingVars} has the rule) and its writer, error writer and reader as
 * the state's *out*, *err* and *in*, per thread, so concurrent evals under different contexts do not mix their
 * streams. The result is the last form's value as mino has it (an integer is a Long, a vector a mino vector);
 * errors are ScriptExceptions whose cause is the state's MinoException. The file name reported in errors is
 * the context's {@link ScriptEngine#FILENAME} attribute, if set.
 */
public final class MinoScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private final MinoScriptEngineFactory factory;
    private final MinoState state;
    private final EvalContext current = new EvalContext(this::getContext);

    MinoScriptEngine(MinoScriptEngineFactory factory, MinoState state) {
        this.factory = factory;
        this.state = state;
        setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
        state.setOut(new ContextWriter(current, ScriptContext::getWriter));
        state.setErr(new ContextWriter(current, ScriptContext::getErrorWriter));
        state.setIn(new ContextReader(current));
    }

    /**
     * The state this engine evaluates in, for what javax.script cannot say (define a Java fn, set the JIT
     * mode). Its *out*, *err* and *in* are the engine's: set the context's writer and reader instead.
     */
    public MinoState state() { return state; }

    @Override public Object eval(String script, ScriptContext context) throws ScriptException {
        return run(context, () -> context.getAttribute(ScriptEngine.FILENAME) instanceof String file
                ? state.eval(script, file)
                : state.eval(script));
    }

    @Override public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    /** Bindings safe to share between threads evaluating at once (the engine writes them back after each eval). */
    @Override public Bindings createBindings() {
        return new SimpleBindings(Collections.synchronizedMap(new HashMap<>()));
    }

    @Override public ScriptEngineFactory getFactory() { return factory; }

    /**
     * Keeps the script to eval again and again; nothing is compiled ahead. mino reads and compiles each form
     * just before running it, since a form may use a macro, alias or namespace the one before it made; so
     * each eval of the CompiledScript reads the text again, and syntax errors show when it is evaluated.
     */
    @Override public CompiledScript compile(String script) {
        return new MinoCompiledScript(this, script);
    }

    @Override public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    /**
     * Calls the fn of the var name ("greet", or qualified "my.ns/greet"; a bare name is looked up in this
     * thread's current namespace, user unless a script switched it) under the engine's context.
     */
    @Override public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        return run(context, () -> state.call(function(name), args));
    }

    /** mino values have no methods: calls the fn name with thiz as its first argument, as a protocol fn is called. */
    @Override public Object invokeMethod(Object thiz, String name, Object... args)
            throws ScriptException, NoSuchMethodException {
        Object[] all = new Object[args.length + 1];
        all[0] = thiz;
        System.arraycopy(args, 0, all, 1, args.length);
        return invokeFunction(name, all);
    }

    @Override public <T> T getInterface(Class<T> type) {
        return ScriptInterface.of(this, null, type);
    }

    @Override public <T> T getInterface(Object thiz, Class<T> type) {
        return ScriptInterface.of(this, thiz, type);
    }

    /** Whether name is a var holding a fn (what invokeFunction can call). */
    boolean hasFunction(String name) {
        try {
            return function(name) instanceof Fn;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private Object function(String name) throws NoSuchMethodException {
        try {
            return state.getVar(name);
        } catch (MinoException e) {
            throw new NoSuchMethodException("No such var: " + name);
        }
    }

    /** Runs body with context's bindings as vars and its streams current, then copies the bindings back. */
    private <X extends Exception> Object run(ScriptContext context, EvalContext.Body<X> body) throws ScriptException, X {
        BindingVars.define(state, context);
        try {
            return current.with(context, body);
        } catch (MinoException e) {
            throw ScriptErrors.of(e);
        } finally {
            BindingVars.readBack(state, context);
        }
    }

    private static String readAll(Reader reader) throws ScriptException {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return text.toString();
    }
}
