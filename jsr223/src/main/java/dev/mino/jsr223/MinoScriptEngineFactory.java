package dev.mino.jsr223;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import java.util.List;
import java.util.Objects;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes mino engines. ScriptEngineManager finds it (META-INF/services) under the name "mino", the extensions
 * clj and cljc and the MIME type text/x-clojure; not under "clojure", since mino is not Clojure and a real
 * Clojure engine on the classpath must not lose its name to it.
 *
 * <p>Each engine owns a fresh state. One found by the manager gets {@link MinoOptions#defaults()}: no grants
 * (no interop, files, threads or process control), MINO_TIER and MINO_JIT honoured. A Java user grants more
 * by making the factory itself: {@code new MinoScriptEngineFactory(options).getScriptEngine()}, or
 * {@code manager.registerEngineName("mino", new MinoScriptEngineFactory(options))}.
 */
public final class MinoScriptEngineFactory implements ScriptEngineFactory {
    private static final String NAME = "mino";

    private final MinoOptions options;

    /** The factory ScriptEngineManager loads: engines with an embedded state's defaults. */
    public MinoScriptEngineFactory() {
        this(MinoOptions.defaults());
    }

    /** A factory whose engines' states are made with options. */
    public MinoScriptEngineFactory(MinoOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    /** The options each engine's state is made with. */
    public MinoOptions options() { return options; }

    @Override public ScriptEngine getScriptEngine() {
        return new MinoScriptEngine(this, Mino.newState(options));
    }

    @Override public String getEngineName() { return NAME; }

    @Override public String getEngineVersion() { return Mino.version(); }

    @Override public List<String> getExtensions() { return List.of("clj", "cljc"); }

    @Override public List<String> getMimeTypes() { return List.of("text/x-clojure"); }

    @Override public List<String> getNames() { return List.of(NAME); }

    @Override public String getLanguageName() { return NAME; }

    @Override public String getLanguageVersion() { return Mino.version(); }

    /**
     * THREADING is MULTITHREADED: a state may eval on several threads at once, and the engine sends each
     * thread's output to its own context's writer; vars (those made from bindings too) are the state's, so
     * one thread's defs are seen by the others, as MULTITHREADED allows. Not THREAD-ISOLATED for that reason,
     * although each thread keeps its own current namespace.
     */
    @Override public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> NAME;
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    /** A Java method call by interop, (.m obj args...): the method's class must be granted. */
    @Override public String getMethodCallSyntax(String obj, String m, String... args) {
        StringBuilder call = new StringBuilder("(.").append(m).append(' ').append(obj);
        for (String arg : args) call.append(' ').append(arg);
        return call.append(')').toString();
    }

    @Override public String getOutputStatement(String toDisplay) {
        return "(print \"" + toDisplay.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    }

    @Override public String getProgram(String... statements) {
        return String.join("\n", statements);
    }
}
