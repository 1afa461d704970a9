package dev.mino.nrepl;

import dev.mino.runtime.embed.EvalHandle;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Var;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One nREPL session: a thread of its own, on which its evals run one after another. The state keeps a
 * current namespace per thread, so the thread is what gives the session its own *ns*; its dynamic vars are
 * a frame at the bottom of that thread ({@link SessionVars}). Interrupt and stdin reach the running eval
 * from the connection's thread.
 */
final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final Runnable STOP = () -> {};

    /** What runs on the session's thread, stopped through its handle. */
    interface Work {
        void run(EvalHandle handle);
    }

    /** The eval on the session's thread now. */
    private record Running(Object id, EvalHandle handle) {}

    final String id;
    private final MinoState state;
    private final SessionVars vars;
    private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
    private final SessionOutput out = new SessionOutput("out", this::reply);
    private final SessionOutput err = new SessionOutput("err", this::reply);
    private final SessionInput in = new SessionInput(() -> reply().status("need-input"));
    private final CountDownLatch started = new CountDownLatch(1);
    private Bindings bindings;
    /** Where output and need-input go: the reply of the latest eval (or of the clone that made the session). */
    private volatile Reply reply;
    private volatile Running running;
    /** The session's namespace as its latest eval left it, for ops that run elsewhere (completions). */
    private volatile String ns;
    private volatile boolean closed;

    private Session(String id, MinoState state, SessionVars vars, Reply reply) {
        this.id = id;
        this.state = state;
        this.vars = vars;
        this.reply = reply;
    }

    /** A session whose kept vars start as values and whose namespace is ns; reply is its clone's. */
    static Session start(String id, MinoState state, SessionVars vars, Map<Var, Object> values, String ns, Reply reply) {
        Session s = new Session(id, state, vars, reply);
        s.ns = ns;
        Thread.ofPlatform().name("nrepl-session-" + id).daemon().stackSize(dev.mino.runtime.embed.Mino.THREAD_STACK_BYTES).start(() -> s.loop(values));
        s.awaitStart();
        return s;
    }

    private void awaitStart() {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(Map<Var, Object> values) {
        try {
            bindings = vars.push(values, out, err, in);
            enter(ns);
        } finally {
            started.countDown();
        }
        for (Runnable job = take(); job != STOP; job = take()) job.run();
    }

    /** The session starts in the namespace it was cloned in; in user if that one is gone. */
    private void enter(String name) {
        try {
            switchTo(name);
        } catch (RuntimeException e) {
            LOG.warn("nREPL session {} starts in user: {}", id, MinoState.describeError(e));
        }
        ns = state.currentNamespace();
    }

    private Runnable take() {
        while (true) {
            try {
                return jobs.take();
            } catch (InterruptedException e) {
                // A stray interrupt between evals (a cancel that came late): the session goes on.
            }
        }
    }

    /** Runs work on the session's thread after the work before it; output and need-input go to reply meanwhile. */
    void submit(Reply reply, Work work) {
        jobs.add(() -> {
            if (closed) {
                reply.done("session-closed");
                return;
            }
            EvalHandle handle = new EvalHandle();
            this.reply = reply;
            running = new Running(reply.id(), handle);
            try {
                work.run(handle);
            } catch (Throwable t) {
                // Work answers its own errors; this is one it could not (a failure while answering).
                LOG.warn("nREPL session {}: {}", id, t.toString());
                reply.done("error");
            } finally {
                running = null;
            }
        });
    }

    /** Interrupts the running eval (when interruptId is given, only if it is that one); answers the statuses. */
    String[] interrupt(Object interruptId) {
        Running r = running;
        if (r == null) return new String[] {"session-idle"};
        if (interruptId != null && !interruptId.equals(r.id())) return new String[] {"error", "interrupt-id-mismatch"};
        r.handle().cancel();
        return new String[0];
    }

    void stdin(String text) {
        in.add(text);
    }

    /** The session's namespace after its latest eval. */
    String namespace() {
        return ns;
    }

    /** The session's kept vars (set on its thread; a clone reads them). */
    Bindings bindings() {
        return bindings;
    }

    /**
     * On the session's thread: makes the namespace named ns current, if there is one; answers whether there
     * was. The name goes to mino as a string literal, so any text is safe to give.
     */
    boolean switchTo(String name) {
        if (name.equals(state.currentNamespace())) return true;
        String literal = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return state.eval("(clojure.core/if-let [n (clojure.core/find-ns (clojure.core/symbol " + literal + "))]"
                + " (clojure.core/in-ns (clojure.core/ns-name n)))") != null;
    }

    /** On the session's thread, before an eval's last response: output sent, namespace noted. */
    void settle() {
        out.flush();
        err.flush();
        ns = state.currentNamespace();
    }

    /** Stops the running eval; evals still queued are answered "session-closed"; the thread ends after them. */
    void close() {
        closed = true;
        Running r = running;
        if (r != null) r.handle().cancel();
        jobs.add(STOP);
    }

    /** Once the work queued so far is done, runs then and ends the thread (a session made for one message). */
    void retire(Runnable then) {
        jobs.add(then);
        jobs.add(STOP);
    }

    private Reply reply() {
        return reply;
    }
}
