package dev.mino.runtime.agent;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.lang.MinoException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One state's executors for agent actions: send's pool of a few threads for computation, send-off's for
 * actions that may block. Each holds at most the state's thread bound (MinoOptions.threads), queueing what
 * is over it; a state without threads has neither, and sending is refused unless the script installed an
 * executor of its own (set-agent-send-executor!). Threads are daemons, started on first use and ended when
 * idle, so a state that never sends holds none.
 */
final class AgentPools {
    private static final long IDLE_SECONDS = 60;

    private final int maxThreads;
    private volatile Executor send;
    private volatile Executor sendOff;

    AgentPools(int maxThreads) {
        this.maxThreads = maxThreads;
        if (maxThreads > 0) {
            send = fixed("mino-agent-send-", Math.min(maxThreads, Runtime.getRuntime().availableProcessors() + 2));
            sendOff = maxThreads == MinoOptions.UNBOUNDED_THREADS
                    ? Executors.newCachedThreadPool(factory("mino-agent-send-off-"))
                    : fixed("mino-agent-send-off-", maxThreads);
        }
    }

    private static ExecutorService fixed(String name, int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static java.util.concurrent.ThreadFactory factory(String name) {
        return Thread.ofPlatform().name(name, 0).daemon().stackSize(Mino.THREAD_STACK_BYTES).factory();
    }

    /** send's executor; purpose says what needs it, for the refusal when the state has no threads. */
    Executor send(String purpose) { return granted(send, purpose); }

    Executor sendOff(String purpose) { return granted(sendOff, purpose); }

    void setSend(Executor e) { send = e; }

    void setSendOff(Executor e) { sendOff = e; }

    /** shutdown-agents: both executors take no new actions; queued ones still run. */
    void shutdown() {
        if (send instanceof ExecutorService s) s.shutdown();
        if (sendOff instanceof ExecutorService s) s.shutdown();
    }

    private Executor granted(Executor e, String purpose) {
        if (e != null) return e;
        String why = maxThreads == 0 ? "this state may not start threads" : "its executor was set to nil";
        throw new MinoException("Denied: " + purpose + " (" + why + "; the embedder grants threads with "
                + "MinoOptions.withThreads(n), the command line grants them unless --sandbox)");
    }
}
