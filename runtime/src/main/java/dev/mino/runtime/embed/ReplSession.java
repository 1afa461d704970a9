package dev.mino.runtime.embed;

import dev.mino.runtime.core.Callables;
import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.util.List;
import java.util.function.Supplier;

/**
 * A REPL's session with a state, as clojure.main keeps one: the vars its loop binds ({@code *ns*},
 * {@code *1 *2 *3 *e}, the {@code *print-...*} vars, {@code *warn-on-reflection*}, ...) are bound once, for
 * the whole session, so {@code (set! *print-length* 5)} lasts until the next set!. Each eval runs in those
 * bindings, on whichever thread calls it; one eval at a time.
 */
public final class ReplSession {
    /** The vars clojure.main binds for its loop: *ns* to where it starts, the others to their values outside it. */
    private static final List<String> SESSION_VARS = List.of(
            "*ns*", "*1", "*2", "*3", "*e", "*repl*", "*print-length*", "*print-level*", "*print-meta*",
            "*print-namespace-maps*", "*warn-on-reflection*", "*math-context*", "*unchecked-math*", "*assert*",
            "*data-readers*", "*default-data-reader-fn*", "*command-line-args*");
    /** Except these, bound to true: the REPL prints namespaced maps in their short form, and says it is a REPL. */
    private static final List<String> TRUE_IN_REPL = List.of("*print-namespace-maps*", "*repl*");

    private final MinoState state;
    private final Evaluator evaluator;
    /** The session's binding frame (ThreadBindings' snapshot), installed on the thread for each eval. */
    private final Object frame;
    private final Var last1;
    private final Var last2;
    private final Var last3;
    private final Var lastError;
    private final Var prn;

    ReplSession(MinoState state, Evaluator evaluator, Namespace start) {
        this.state = state;
        this.evaluator = evaluator;
        this.last1 = coreVar("*1");
        this.last2 = coreVar("*2");
        this.last3 = coreVar("*3");
        this.lastError = coreVar("*e");
        this.prn = coreVar("prn");
        this.frame = newFrame(start);
    }

    /** The session's bindings, pushed on no thread: a frame of their own, naming the state as the running one. */
    private Object newFrame(Namespace start) {
        IPersistentMap values = PersistentArrayMap.EMPTY;
        for (String name : SESSION_VARS) {
            Var v = coreVar(name);
            values = values.assoc(v, name.equals("*ns*") ? start : TRUE_IN_REPL.contains(name) ? Boolean.TRUE : v.deref());
        }
        Object outer = ThreadBindings.install(null);
        try {
            evaluator.enter(values);
            return ThreadBindings.capture();
        } finally {
            ThreadBindings.install(outer);
        }
    }

    private Var coreVar(String name) {
        return evaluator.core.lookup(Symbol.of(name));
    }

    /**
     * Reads and evaluates every form of src in the session's namespace (positions reported against fileName),
     * then, as clojure.main does with each value: *3, *2 and *1 move along, *1 gets the value, and prn prints
     * it to *out* as it goes (an infinite seq prints until *print-length*, or until handle stops it). An error
     * becomes *e (what the code threw) and reaches the caller as MinoState's errors do; a stop sets no *e.
     */
    public void evalPrint(String src, String fileName, EvalHandle handle) {
        state.stoppable(handle, () -> inSession(() -> {
            try {
                Object value = load(src, fileName);
                last3.set(last2.deref());
                last2.set(last1.deref());
                last1.set(value);
                Callables.asFn(prn.deref()).invoke(value);
                return null;
            } catch (Throwable t) {
                if (!(t instanceof Safepoint.Stopped)) lastError.set(t);
                throw t;
            }
        }));
    }

    /** Evaluates src in the session, leaving *1 *2 *3 *e alone and printing nothing (the REPL's own setup). */
    public Object eval(String src, String fileName, EvalHandle handle) {
        return state.stoppable(handle, () -> inSession(() -> load(src, fileName)));
    }

    /** The name of the session's current namespace (for the prompt). */
    public String currentNamespace() {
        return currentNs().name().getName();
    }

    /**
     * The names that complete prefix here: vars of the current namespace (its own and referred ones), an
     * alias's or namespace's public vars (str/jo), namespaces, interned keywords, and the Java classes the
     * state may use (imports, granted packages). Sorted.
     */
    public List<String> completions(String prefix) {
        return new Completions(evaluator, currentNs()).of(prefix);
    }

    private Namespace currentNs() {
        return inSession(() -> (Namespace) evaluator.nsVar.deref());
    }

    /** Evaluates src from the session's namespace; the namespace it ends in is the session's from now on. */
    private Object load(String src, String fileName) {
        Object[] result = evaluator.load(src, fileName, (Namespace) evaluator.nsVar.deref());
        evaluator.nsVar.set(result[1]);
        return result[0];
    }

    /** Runs body with the session's bindings on this thread, and the thread's own back afterwards. */
    private <T> T inSession(Supplier<T> body) {
        Object outer = ThreadBindings.install(frame);
        try {
            return body.get();
        } finally {
            ThreadBindings.install(outer);
        }
    }
}
