package dev.mino.runtime.stm;

import dev.mino.runtime.lang.Fn;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One state's software transactional memory: the clock that numbers commits, the transaction each thread is
 * running, and the ids that give refs their locking order. A state owns one; its refs and transactions
 * never meet another state's.
 */
public final class Stm {
    /** Attempts before a transaction gives up, as in Clojure. */
    static final int RETRY_LIMIT = 10_000;

    /** The point of the latest commit; a transaction reads the world as of the value it saw on starting. */
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong refIds = new AtomicLong();
    private final ThreadLocal<Transaction> running = new ThreadLocal<>();

    /** (ref value): a new ref of this STM, without history. */
    public Ref newRef(Object value) {
        return new Ref(this, refIds.incrementAndGet(), value);
    }

    /**
     * (sync nil body): runs body in a transaction and gives its value. Inside a running transaction body
     * simply joins it; otherwise body runs, and reruns after a conflict, until its changes commit.
     */
    public Object runInTransaction(Fn body) {
        if (running.get() != null) return body.invoke();
        Transaction t = new Transaction(this);
        running.set(t);
        Object result;
        try {
            result = t.run(body);
        } finally {
            running.remove();
        }
        t.afterCommit();
        return result;
    }

    /** The transaction running on this thread, or null. */
    public Transaction current() { return running.get(); }

    /** The transaction running on this thread; outside one, Clojure's error. */
    Transaction required() {
        Transaction t = running.get();
        if (t == null) throw new IllegalStateException("No transaction running");
        return t;
    }

    long lastCommit() { return clock.get(); }

    /** The point of a new commit; its writer holds the locks of every ref it changes. */
    long nextCommit() { return clock.incrementAndGet(); }
}
