/**
 * mino as a javax.script (JSR-223) engine: {@code new ScriptEngineManager().getEngineByName("mino")}.
 *
 * <ul>
 *   <li>State: each engine owns one MinoState, made with the factory's MinoOptions ({@code MinoOptions.defaults()},
 *       no grants, when the manager made the factory); {@code new MinoScriptEngineFactory(options)} grants more.</li>
 *   <li>Bindings: before each eval the context's bindings are vars user/NAME (ENGINE_SCOPE over GLOBAL_SCOPE);
 *       afterwards each ENGINE_SCOPE binding gets its var's value back. Keys that cannot name a var and
 *       javax.script.* keys are left out.</li>
 *   <li>Streams: the context's writer, error writer and reader are *out*, *err* and *in* on the evaluating
 *       thread; a thread outside any eval of the engine (a future's worker) uses the engine's own context. A
 *       new engine's context is the JDK's default, System.out, System.err and System.in: the embedder's
 *       choice through javax.script, whatever MinoOptions.withStdio says.</li>
 *   <li>THREADING is MULTITHREADED: evals may run at once on several threads, each with its own context's
 *       streams and its own current namespace, sharing the state's vars.</li>
 *   <li>Errors: a ScriptException with the file, line and column the state's MinoException carries, that
 *       exception its cause.</li>
 *   <li>Compilable keeps the text (mino compiles form by form as it runs); Invocable calls vars' fns.</li>
 * </ul>
 */
package dev.mino.jsr223;
