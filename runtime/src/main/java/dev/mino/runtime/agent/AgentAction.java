package dev.mino.runtime.agent;

import dev.mino.runtime.lang.Fn;
import java.util.concurrent.Executor;

/**
 * One send: the agent's new state will be (f state args...), computed on executor with the dynamic bindings
 * of the sending thread (bindings, from ThreadBindings.capture).
 */
record AgentAction(Agent agent, Fn f, Object[] args, Executor executor, Object bindings) {
    Object apply(Object state) { return f.invokeWithFirst(state, args); }
}
