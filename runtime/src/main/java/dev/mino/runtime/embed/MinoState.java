package dev.mino.runtime.embed;

import dev.mino.runtime.analyzer.CompileException;
import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.eval.ExecutionEngine;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.Printer;
import dev.mino.runtime.reader.ReaderException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One independent mino world: its namespaces, vars and output streams. Safe to use from several threads;
 * each eval runs on the calling thread. The current namespace persists across eval calls (like a REPL
 * session), while loadFile restores it afterwards (like Clojure's load).
 *
 * <p>Errors: what eval, loadFile, call and printString throw is a {@link MinoException} whose message leads
 * with file:line:col where known: a {@link ReaderException} (syntax), a {@link CompileException}, a
 * {@link MinoScriptException} whose cause is what the script threw (an ex-info, a Java exception, checked or
 * not, ...), or an {@link EvalCancelledException}.
 */
public final class MinoState {
    private static final String NO_SOURCE_FILE = "NO_SOURCE_FILE";

    private final Evaluator evaluator;
    private final JavaBoundary boundary = new JavaBoundary();
    /**
     * The current namespace of each thread's session (a REPL's in-ns persists across its evals): per thread, so
     * two threads evaluating in one state never see each other's in-ns.
     */
    private final ThreadLocal<java.lang.ref.WeakReference<Namespace>> sessionNs;

    MinoState(MinoOptions options) {
        this.evaluator = new Evaluator(options);
        Namespace user = evaluator.namespaces().find(Evaluator.USER);
        // Held weakly: a thread outliving this state must not keep its namespaces (and so the state) reachable.
        this.sessionNs = ThreadLocal.withInitial(() -> new java.lang.ref.WeakReference<>(user));
        evaluator.inVar.bindRoot(StandardStreams.in(options.stdio()));
        setOut(StandardStreams.out(options.stdio()));
        setErr(StandardStreams.err(options.stdio()));
    }

    /** The native JIT's mode in this state (AUTO unless set, or MINO_JIT / MinoOptions.jit at creation). */
    public JitMode jitMode() { return jitCapability().mode(); }

    /** From now on the JIT compiles hot fns (AUTO), every fn at its next call (ON), or nothing (OFF). */
    public void setJitMode(JitMode mode) { engine().jit().setMode(mode); }

    /** Calls after which AUTO compiles a fn. */
    public int jitHotThreshold() { return jitCapability().threshold(); }

    /** Sets the hot threshold (at least 1; else an IllegalArgumentException). */
    public void setJitHotThreshold(int calls) { engine().jit().setHotThreshold(calls); }

    /** Whether native code can run here (a JIT tier on the classpath, stencils for this host) and how it is set. */
    public JitCapability jitCapability() { return engine().jit().capability(); }

    /** The embedder's tiering policy (null: the default rules). */
    public void setTieringPolicy(TieringPolicy policy) { engine().jit().setPolicy(policy); }

    /** Reads and evaluates every form of src (file name "NO_SOURCE_FILE"); returns the last value. */
    public Object eval(String src) { return eval(src, NO_SOURCE_FILE); }

    /**
     * As eval(src), stopped if it runs past limit: the evaluation is cancelled at its next poll (mino and
     * native loops, the library's long walks) and an EvalCancelledException says so. The state stays usable.
     */
    public Object eval(String src, java.time.Duration limit) {
        return eval(src, EvalHandle.deadline(limit));
    }

    /** As eval(src), stopped when another thread calls handle.cancel() (an EvalCancelledException says so). */
    public Object eval(String src, EvalHandle handle) {
        return eval(src, NO_SOURCE_FILE, handle);
    }

    /** As eval(src, handle), reporting positions against fileName. */
    public Object eval(String src, String fileName, EvalHandle handle) {
        return stoppable(handle, () -> evalIn(src, fileName));
    }

    /** Runs body as an entry point of the state that handle can stop. */
    <T> T stoppable(EvalHandle handle, java.util.function.Supplier<T> body) {
        return boundary.enter(() -> {
            handle.begin();
            try {
                return body.get();
            } catch (RuntimeException e) {
                if (handle.isCancelled()) throw new EvalCancelledException(handle.reason(), e);
                throw e;
            } finally {
                handle.end();
                // What was printed before a stop reaches the writer too.
                flush(outVar());
            }
        });
    }

    /**
     * A REPL session on this state, starting in this thread's current namespace: clojure.main's bindings,
     * kept from one of its evals to the next (see {@link ReplSession}).
     */
    public ReplSession openReplSession() {
        return new ReplSession(this, evaluator, session());
    }

    /** As eval(src), reporting positions against fileName. */
    public Object eval(String src, String fileName) {
        return boundary.enter(() -> evalIn(src, fileName));
    }

    private Object evalIn(String src, String fileName) {
        Object[] r;
        try {
            r = evaluator.load(src, fileName, session());
        } finally {
            flush(outVar());
        }
        sessionNs.set(new java.lang.ref.WeakReference<>((Namespace) r[1]));
        return r[0];
    }

    /** Loads a file: every form is evaluated in order; returns the last value. */
    public Object loadFile(Path file) {
        String src = read(file);
        return boundary.enter(() -> evaluator.loadString(src, file.toString(), session()));
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new MinoException("Could not read file: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** pr-str of a value. */
    public String printString(Object value) {
        // Printed as this state's code would print it: with its print-method methods and its *ns*.
        return asStateCode(dev.mino.runtime.lang.PersistentArrayMap.EMPTY.assoc(evaluator.nsVar, session()),
                () -> Printer.prStr(value));
    }

    /** The name of the current namespace (for REPL prompts). */
    public String currentNamespace() { return session().name().getName(); }

    private Object outVar() { return evaluator.outVar.getRoot(); }

    /** This thread's current namespace in this state (user until an eval switches it). */
    private Namespace session() {
        Namespace ns = sessionNs.get().get();
        return ns != null ? ns : evaluator.namespaces().find(Evaluator.USER);
    }

    /** The state's *out* is flushed after each eval, so what a script printed reaches the embedder's writer. */
    private static void flush(Object out) {
        if (out instanceof java.io.Flushable f) {
            try {
                f.flush();
            } catch (java.io.IOException e) {
                // A writer that cannot flush keeps its text; the eval's own result or error stands.
            }
        }
    }

    /** Gives the state's code its input (*in*): read-line, read and line-seq of *in* read from in. */
    public void setIn(java.io.Reader in) {
        evaluator.inVar.bindRoot(in instanceof dev.mino.runtime.core.PushbackLineReader p ? p : new dev.mino.runtime.core.PushbackLineReader(in));
    }

    /** Gives the state's code its output (*out*): print, println, pr and prn of *out* write to out. */
    public void setOut(Writer out) { evaluator.outVar.bindRoot(out); }

    /** Gives the state's code its error output (*err*). */
    public void setErr(Writer err) { evaluator.errVar.bindRoot(err); }

    /** Flushes *out* and *err*. */
    public void flush() {
        for (Var v : new Var[] {evaluator.outVar, evaluator.errVar}) {
            if (v.getRoot() instanceof Writer w) {
                try {
                    w.flush();
                } catch (java.io.IOException ignored) {
                    // nothing sensible to do when the console is gone
                }
            }
        }
    }

    /** Defines (or redefines) a var, e.g. "user/greet", whose value is a Java-implemented fn or any value. */
    public void define(String qualifiedName, Object value) {
        var(qualifiedName, true).bindRoot(value);
    }

    /** The current value of a var such as "clojure.core/*ns*" or "user/x"; error if it does not exist. */
    public Object getVar(String qualifiedName) {
        return var(qualifiedName, false).deref();
    }

    /** Sets the root value of an existing var. */
    public void setVar(String qualifiedName, Object value) {
        var(qualifiedName, false).bindRoot(value);
    }

    /** Calls a mino function value with the given arguments, as this state's code (its print-method applies). */
    public Object call(Object fn, Object... args) {
        return asStateCode(dev.mino.runtime.lang.PersistentArrayMap.EMPTY,
                () -> dev.mino.runtime.core.Callables.asFn(fn).invokeN(args));
    }

    /** body run from Java as this state's code: with bindings pushed in a frame naming the state, errors as Java gets them. */
    private <T> T asStateCode(dev.mino.runtime.lang.IPersistentMap bindings, java.util.function.Supplier<T> body) {
        return boundary.enter(() -> {
            evaluator.enter(bindings);
            try {
                return body.get();
            } finally {
                evaluator.leave();
            }
        });
    }

    private Var var(String qualifiedName, boolean create) {
        Symbol sym = Symbol.parse(qualifiedName);
        Symbol nsName = Symbol.of(sym.hasNamespace() ? sym.getNamespace() : currentNamespace());
        Symbol name = Symbol.of(sym.getName());
        // Defining interns, as def does: define("user/count", ...) must shadow the referred clojure.core/count,
        // not rebind it.
        if (create) return evaluator.namespaces().findOrCreate(nsName).intern(name);
        Namespace ns = evaluator.namespaces().find(nsName);
        Var v = ns == null ? null : ns.lookup(name);
        if (v == null) throw new MinoException("No such var: " + qualifiedName);
        return v;
    }

    /** The name of the tier that compiles fns in this state. */
    public String tier() { return evaluator.engine().describe(); }

    /** The engine that runs this state's code (the tiers' business: tools reach per-state tier services through it). */
    public ExecutionEngine engine() { return evaluator.engine(); }

    /**
     * The one-line report of an error: "file:line:col: message" (position omitted when unknown). For an error
     * this state threw to Java that is its message; for one caught inside, the report Java would have got.
     */
    public static String describeError(Throwable t) {
        return JavaBoundary.report(t);
    }
}
