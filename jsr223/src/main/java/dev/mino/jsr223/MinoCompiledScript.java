package dev.mino.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/** A script kept as text for repeated evals: each reads it again (see MinoScriptEngine.compile for why). */
final class MinoCompiledScript extends CompiledScript {
    private final MinoScriptEngine engine;
    private final String source;

    MinoCompiledScript(MinoScriptEngine engine, String source) {
        this.engine = engine;
        this.source = source;
    }

    @Override public Object eval(ScriptContext context) throws ScriptException {
        return engine.eval(source, context);
    }

    @Override public ScriptEngine getEngine() { return engine; }
}
