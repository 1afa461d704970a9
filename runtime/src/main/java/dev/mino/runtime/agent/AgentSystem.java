package dev.mino.runtime.agent;

import dev.mino.runtime.core.Rethrow;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.stm.Stm;
import dev.mino.runtime.stm.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One state's agents: the executors their actions run on, and the rules for when a send reaches its agent.
 * A send made inside a transaction waits for the commit (and is forgotten if the attempt retries); a send
 * made by a running action waits until that action has set its agent's new state.
 */
public final class AgentSystem {
    private final AgentPools pools;
    private final Stm stm;
    /** clojure.core/*agent*, bound to the agent whose action runs on the thread. */
    private final Var currentAgent;
    /** The sends held by the action running on this thread; null outside actions. */
    private final ThreadLocal<List<AgentAction>> held = new ThreadLocal<>();

    public AgentSystem(int maxThreads, Stm stm, Var currentAgent) {
        this.pools = new AgentPools(maxThreads);
        this.stm = stm;
        this.currentAgent = currentAgent;
    }

    public Agent newAgent(Object state) { return new Agent(this, state); }

    public Agent send(Agent a, Fn f, Object[] args) { return dispatch(a, f, args, pools.send("sending to an agent (send)")); }

    public Agent sendOff(Agent a, Fn f, Object[] args) { return dispatch(a, f, args, pools.sendOff("sending to an agent (send-off)")); }

    /** (send-via executor a f args...); also what send and send-off come to. */
    public Agent dispatch(Agent a, Fn f, Object[] args, Executor executor) {
        a.checkNotFailed();
        AgentAction action = new AgentAction(a, f, args, executor, ThreadBindings.capture());
        Transaction t = stm.current();
        if (t != null) t.afterCommit(() -> release(action));
        else release(action);
        return a;
    }

    private void release(AgentAction action) {
        List<AgentAction> h = held.get();
        if (h != null) h.add(action);
        else action.agent().enqueue(action);
    }

    /** Sends the sends the running action holds now rather than at its end; how many there were. */
    public int releasePendingSends() {
        List<AgentAction> h = held.get();
        if (h == null) return 0;
        List<AgentAction> sends = new ArrayList<>(h);
        h.clear();
        for (AgentAction a : sends) a.agent().enqueue(a);
        return sends.size();
    }

    /**
     * Runs action for agent on this thread with the sender's bindings and *agent* bound; the sends it makes
     * go out once it has succeeded, and are dropped when it fails.
     */
    void perform(Agent agent, AgentAction action) {
        Safepoint.clearCurrent();
        Object saved = ThreadBindings.install(action.bindings());
        ThreadBindings.push(PersistentArrayMap.EMPTY.assoc(currentAgent, agent));
        List<AgentAction> outer = held.get();  // set only when an executor runs the action on the sender's thread
        List<AgentAction> sends = new ArrayList<>();
        held.set(sends);
        try {
            agent.apply(action);
            restoreHeld(outer);
            for (AgentAction a : sends) release(a);
        } catch (Throwable t) {
            agent.fail(t);
        } finally {
            restoreHeld(outer);
            ThreadBindings.pop();
            ThreadBindings.install(saved);
        }
    }

    /** A pool thread keeps no entry behind once its action is over. */
    private void restoreHeld(List<AgentAction> outer) {
        if (outer == null) held.remove();
        else held.set(outer);
    }

    /** (await agents...): waits until every action sent to them so far, from anywhere, has run. */
    public void await(Object[] agents) {
        CountDownLatch done = afterQueued(agents);
        try {
            done.await();
        } catch (InterruptedException e) {
            throw Safepoint.interruptedWait();
        }
    }

    /** (await-for ms agents...): as await, at most ms milliseconds; false when the time ran out. */
    public boolean awaitFor(long ms, Object[] agents) {
        CountDownLatch done = afterQueued(agents);
        try {
            return done.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw Safepoint.interruptedWait();
        }
    }

    /** Sends every agent an action that counts down the latch: it runs after everything queued before it. */
    private CountDownLatch afterQueued(Object[] agents) {
        if (stm.current() != null) throw new IllegalStateException("await in transaction");
        if (currentAgent.deref() != null) throw Rethrow.unchecked(new Exception("Can't await in agent action"));
        CountDownLatch done = new CountDownLatch(agents.length);
        Fn countDown = new Fn() {
            @Override public Object invoke(Object state) {
                done.countDown();
                return state;
            }
        };
        if (agents.length == 0) return done;
        Executor executor = pools.sendOff("awaiting an agent (await sends it an action)");
        for (Object a : agents) dispatch((Agent) a, countDown, new Object[0], executor);
        return done;
    }

    public void setSendExecutor(Executor e) { pools.setSend(e); }

    public void setSendOffExecutor(Executor e) { pools.setSendOff(e); }

    /** The executor send-off uses, for seque's producer. */
    public Executor sequeExecutor() { return pools.sendOff("starting seque's producer"); }

    public void shutdown() { pools.shutdown(); }
}
