package dev.mino.runtime.agent;

import dev.mino.runtime.lang.ARef;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

/**
 * An asynchronous reference: its state changes only by actions sent to it, which run one at a time, in the
 * order they were sent, on an executor's thread. An action that throws (or whose result the validator
 * rejects) is given to the error handler; in error mode :fail the agent then stops, keeping the actions
 * still queued, until restart-agent; in :continue it goes on with the next one.
 */
public final class Agent extends ARef implements Printable {
    public static final Keyword CONTINUE = Keyword.of("continue");
    public static final Keyword FAIL = Keyword.of("fail");

    private final AgentSystem system;
    private volatile Object state;
    private volatile Throwable error;
    private volatile Object errorHandler;
    private volatile Keyword errorMode = FAIL;
    /** Actions sent and not yet started; guarded by this. */
    private final ArrayDeque<AgentAction> queue = new ArrayDeque<>();
    /** Whether an action of this agent is on an executor (submitted or running); guarded by this. */
    private boolean busy;

    Agent(AgentSystem system, Object state) {
        super(null);
        this.system = system;
        this.state = state;
    }

    @Override public Object deref() { return state; }

    public Throwable error() { return error; }

    public Object errorHandler() { return errorHandler; }

    public void setErrorHandler(Object f) { errorHandler = f; }

    public Keyword errorMode() { return errorMode; }

    public void setErrorMode(Keyword mode) { errorMode = mode; }

    /** Actions sent but not finished, the running one included. */
    public synchronized int queueCount() { return queue.size() + (busy ? 1 : 0); }

    /** A failed agent accepts no sends, as in Clojure. */
    void checkNotFailed() {
        Throwable e = error;
        if (e != null) throw new RuntimeException("Agent is failed, needs restart", e);
    }

    void enqueue(AgentAction a) {
        AgentAction next;
        synchronized (this) {
            queue.add(a);
            next = takeNextIfIdle();
        }
        if (next != null) submit(next);
    }

    /** The next action to start, marking the agent busy, or null while one runs, it failed, or none waits. */
    private AgentAction takeNextIfIdle() {
        if (busy || error != null || queue.isEmpty()) return null;
        busy = true;
        return queue.poll();
    }

    /** A rejected action (its executor was shut down) is lost; the error handler hears of it, as in Clojure. */
    private void submit(AgentAction a) {
        try {
            a.executor().execute(() -> run(a));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                busy = false;
            }
            tellHandler(e);
        }
    }

    private void run(AgentAction a) {
        system.perform(this, a);
        AgentAction next;
        synchronized (this) {
            busy = false;
            next = takeNextIfIdle();
        }
        if (next != null) submit(next);
    }

    /** Runs one action on the current thread: the new state is validated, set, then the watches run. */
    void apply(AgentAction a) {
        Object old = state;
        Object nv = a.apply(old);
        validate(nv);
        state = nv;
        notifyWatches(old, nv);
    }

    /** After a failed action: the handler runs, then in mode :fail the agent stops. */
    void fail(Throwable t) {
        tellHandler(t);
        if (!CONTINUE.equals(errorMode)) error = t;
    }

    /** The error handler's own failure is ignored, as in Clojure. */
    private void tellHandler(Throwable t) {
        Object handler = errorHandler;
        if (handler == null) return;
        try {
            callable(handler).invoke(this, t);
        } catch (Throwable ignored) {
            // nothing is there to report it to
        }
    }

    /** restart-agent: a failed agent takes newState and goes on with its queued actions, unless cleared. */
    public Object restart(Object newState, boolean clearActions) {
        AgentAction next;
        synchronized (this) {
            if (error == null) throw new RuntimeException("Agent does not need a restart");
            validate(newState);
            state = newState;
            if (clearActions) queue.clear();
            error = null;
            next = takeNextIfIdle();
        }
        if (next != null) submit(next);
        return newState;
    }

    @Override public void printOn(Printer printer) { printer.printReference("clojure.lang.Agent", this, error != null); }

    /** What str shows: Object.toString under Clojure's class name. */
    @Override public String toString() { return "clojure.lang.Agent@" + Integer.toHexString(System.identityHashCode(this)); }
}
