package dev.mino.runtime.core;

import dev.mino.runtime.agent.Agent;
import dev.mino.runtime.agent.AgentSystem;
import dev.mino.runtime.agent.Seque;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Truth;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/** Agents and seque (clojure.core's asynchronous half); the machinery is the state's own {@link AgentSystem}. */
final class AgentFns {
    private static final int SEQUE_DEFAULT_SIZE = 100;

    private AgentFns() {}

    static void install(CoreLibrary lib, AgentSystem agents) {
        lib.fn("agent", "[state & options]",
                "A new agent holding state, changed by the actions sent to it. Options: :meta, :validator,\n"
                + "  :error-handler (called as (handler agent exception) when an action fails) and :error-mode\n"
                + "  (:continue or :fail; :continue when there is an error handler, else :fail).")
                .rest(1, a -> agentWithOptions(agents, a));
        lib.fn("send", "[a f & args]",
                "Queues the action (f state args...) for agent a and returns a at once; its value becomes a's state.\n"
                + "  For computation: it runs on a small pool of threads.")
                .rest(2, a -> agents.send(agent(a[0]), Callables.asFn(a[1]), StateFns.extra(a, 2)));
        lib.fn("send-off", "[a f & args]",
                "Like send, for actions that may block (I/O): each may get a thread of its own.")
                .rest(2, a -> agents.sendOff(agent(a[0]), Callables.asFn(a[1]), StateFns.extra(a, 2)));
        lib.fn("send-via", "[executor a f & args]", "Like send, the action running on executor.")
                .rest(3, a -> agents.dispatch(agent(a[1]), Callables.asFn(a[2]), StateFns.extra(a, 3), executor(a[0])));
        lib.fn("await", "[& agents]",
                "Waits until every action sent so far to the agents (by this thread or an agent) has run. Not\n"
                + "  allowed in an action or a transaction. Waits forever for a failed agent's actions.")
                .rest(0, a -> { agents.await(agentArray(a, 0)); return null; });
        lib.fn("await-for", "[timeout-ms & agents]",
                "Like await, waiting at most timeout-ms milliseconds: false when the time ran out, else true.")
                .rest(1, a -> agents.awaitFor(Numbers.toLong(a[0]), agentArray(a, 1)));
        lib.fn("await1", "[a]", "Awaits agent a when it has actions pending; gives a.").a1(a -> {
            if (agent(a).queueCount() > 0) agents.await(new Object[] {a});
            return a;
        });
        lib.fn("agent-error", "[a]", "The exception that failed agent a, or nil when it has not failed.")
                .a1(a -> agent(a).error());
        lib.fn("agent-errors", "[a]", "Deprecated: use agent-error. A list of the exception that failed agent a, or nil.")
                .a1(a -> agent(a).error() == null ? null : Seqs.list(agent(a).error()));
        lib.fn("restart-agent", "[a new-state & options]",
                "Gives failed agent a the state new-state and lets its queued actions run; with :clear-actions true\n"
                + "  they are dropped instead. An agent that has not failed is an error. Returns new-state.")
                .rest(2, a -> {
                    ReferenceOptions options = new ReferenceOptions(a, 2);
                    return agent(a[0]).restart(a[1], Truth.isTruthy(options.get("clear-actions")));
                });
        lib.fn("clear-agent-errors", "[a]", "Deprecated: use restart-agent. Restarts failed agent a with its current state.")
                .a1(a -> agent(a).restart(agent(a).deref(), false));
        lib.fn("set-error-handler!", "[a handler-fn]",
                "Makes handler-fn, called as (handler-fn agent exception), the error handler of agent a.")
                .a2((a, f) -> { agent(a).setErrorHandler(f); return null; });
        lib.fn("error-handler", "[a]", "The error handler of agent a, or nil.").a1(a -> agent(a).errorHandler());
        lib.fn("set-error-mode!", "[a mode-keyword]",
                "What agent a does when an action fails: :continue with its next action, or :fail (stop until\n"
                + "  restart-agent).")
                .a2((a, m) -> { agent(a).setErrorMode(StateFns.cast(m, Keyword.class, "clojure.lang.Keyword")); return null; });
        lib.fn("error-mode", "[a]", "The error mode of agent a: :continue or :fail.").a1(a -> agent(a).errorMode());
        lib.fn("release-pending-sends", "[]",
                "In an agent's action, sends the sends it made so far now rather than when it ends; gives how many.\n"
                + "  0 outside actions.")
                .a0(() -> (long) agents.releasePendingSends());
        lib.fn("set-agent-send-executor!", "[executor]", "Makes send run actions on the java.util.concurrent.Executor executor.")
                .a1(e -> { agents.setSendExecutor(executor(e)); return e; });
        lib.fn("set-agent-send-off-executor!", "[executor]",
                "Makes send-off (and seque) run on the java.util.concurrent.Executor executor.")
                .a1(e -> { agents.setSendOffExecutor(executor(e)); return e; });
        lib.fn("shutdown-agents", "[]",
                "Stops this state's agent executors: actions already sent still run, later ones are rejected.")
                .a0(() -> { agents.shutdown(); return null; });
        lib.fn("seque", "[s] [n-or-q s]",
                "A seq of the items of s that a background thread realizes ahead of the reader, up to n of them\n"
                + "  (100 by default), or into the java.util.concurrent.BlockingQueue q. Reading may wait for it.")
                .a1(s -> Seque.of(new LinkedBlockingQueue<>(SEQUE_DEFAULT_SIZE), s, agents.sequeExecutor()))
                .a2((q, s) -> Seque.of(queue(q), s, agents.sequeExecutor()));
    }

    private static Agent agentWithOptions(AgentSystem agents, Object[] a) {
        ReferenceOptions options = new ReferenceOptions(a, 1);
        Agent agent = options.setUp(agents.newAgent(a[0]));
        Object handler = options.get("error-handler");
        agent.setErrorHandler(handler);
        Object mode = options.get("error-mode");
        agent.setErrorMode(mode != null ? StateFns.cast(mode, Keyword.class, "clojure.lang.Keyword")
                : handler != null ? Agent.CONTINUE : Agent.FAIL);
        return agent;
    }

    @SuppressWarnings("unchecked")
    private static BlockingQueue<Object> queue(Object nOrQ) {
        if (nOrQ instanceof BlockingQueue<?> q) return (BlockingQueue<Object>) q;
        return new LinkedBlockingQueue<>(Math.toIntExact(Numbers.toLong(nOrQ)));
    }

    private static Agent agent(Object x) {
        if (x instanceof Agent a) return a;
        if (x == null) throw new NullPointerException();
        throw StateFns.castError(x, "clojure.lang.Agent");
    }

    private static Object[] agentArray(Object[] a, int from) {
        Object[] out = StateFns.extra(a, from);
        for (Object x : out) agent(x);
        return out;
    }

    private static Executor executor(Object x) {
        return StateFns.cast(x, Executor.class, "java.util.concurrent.Executor");
    }
}
