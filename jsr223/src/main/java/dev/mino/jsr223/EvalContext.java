package dev.mino.jsr223;

import java.util.function.Supplier;
import javax.script.ScriptContext;

/**
 * The ScriptContext each thread is evaluating in, so the state's one *out*, *err* and *in* lead to the
 * context of whichever eval is writing or reading. A thread outside any eval of the engine (a future's
 * worker) uses the engine's own context.
 */
final class EvalContext {
    /** A piece of the engine's work, run with a context current. */
    @FunctionalInterface
    interface Body<X extends Exception> {
        Object run() throws X;
    }

    private final ThreadLocal<ScriptContext> current = new ThreadLocal<>();
    private final Supplier<ScriptContext> engineContext;

    EvalContext(Supplier<ScriptContext> engineContext) {
        this.engineContext = engineContext;
    }

    ScriptContext get() {
        ScriptContext context = current.get();
        return context != null ? context : engineContext.get();
    }

    /** Runs body with context current on this thread; an outer eval's context is current again afterwards. */
    <X extends Exception> Object with(ScriptContext context, Body<X> body) throws X {
        ScriptContext outer = current.get();
        current.set(context);
        try {
            return body.run();
        } finally {
            if (outer == null) current.remove();
            else current.set(outer);
        }
    }
}
