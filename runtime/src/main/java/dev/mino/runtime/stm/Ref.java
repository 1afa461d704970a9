package dev.mino.runtime.stm;

import dev.mino.runtime.lang.ARef;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A transactional reference: changed only inside a transaction of its {@link Stm}, read anywhere. It keeps
 * its newest committed value and a bounded history of older ones, so that a transaction that started
 * before a later commit can still read the value as of its start. The history grows (up to max-history)
 * only when a transaction could not find the value it needed, and never shrinks below min-history.
 */
public final class Ref extends ARef implements Printable {
    private final Stm stm;
    /** Orders the locks a commit takes, so that two commits never wait for each other in a cycle. */
    final long id;
    /** The newest committed value, with the history behind it; replaced only under the write lock. */
    private volatile RefVersion newest;
    /** Readers in a transaction hold the read lock while choosing a version; a commit holds the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile int minHistory = 0;
    private volatile int maxHistory = 10;
    /** Reads that found no value old enough since the history last grew. */
    private final AtomicInteger faults = new AtomicInteger();

    Ref(Stm stm, long id, Object value) {
        super(null);
        this.stm = stm;
        this.id = id;
        // Point 0: the initial value is what the ref held as of any transaction's start.
        this.newest = new RefVersion(value, 0, null);
    }

    /** Outside a transaction the newest value; inside one, the value as of its read point or as it set it. */
    @Override public Object deref() {
        Transaction t = stm.current();
        return t == null ? newest.value() : t.read(this);
    }

    /** (alter ref f args...): sets the ref, in the running transaction, to (f in-transaction-value args...). */
    public Object alter(Fn f, Object[] args) { return stm.required().alter(this, f, args); }

    /** (ref-set ref value). */
    public Object set(Object value) { return stm.required().set(this, value); }

    /** (commute ref f args...): f is applied now, and again at commit to the newest value then. */
    public Object commute(Fn f, Object[] args) { return stm.required().commute(this, f, args); }

    /** (ensure ref): the in-transaction value, which no other transaction may change before this one commits. */
    public Object ensure() { return stm.required().ensure(this); }

    /** How many past values the ref keeps beside the current one. */
    public int historyCount() { return newest.length() - 1; }

    public int minHistory() { return minHistory; }
    public int maxHistory() { return maxHistory; }
    public void setMinHistory(int n) { minHistory = n; }
    public void setMaxHistory(int n) { maxHistory = n; }

    Object newestValue() { return newest.value(); }
    long newestPoint() { return newest.point(); }

    /** The value committed as of readPoint; a transaction retries when the history no longer reaches it. */
    Object valueAsOf(long readPoint) {
        Lock read = lock.readLock();
        acquire(read);
        RefVersion v;
        try {
            v = newest.asOf(readPoint);
        } finally {
            read.unlock();
        }
        if (v != null) return v.value();
        faults.incrementAndGet();
        throw new TransactionRetry();
    }

    /** Takes the write lock for a commit; when another commit holds it too long, the transaction retries. */
    void lockForCommit() { acquire(lock.writeLock()); }

    void unlockCommit() { lock.writeLock().unlock(); }

    /**
     * Makes value the newest, committed at point (the caller holds the write lock). The history keeps its
     * length, grows by one while under min-history or after a read fault (up to max-history), and is cut
     * to max-history if that was lowered.
     */
    void install(Object value, long point) {
        int kept = historyCount();
        boolean grow = kept < minHistory || (faults.get() > 0 && kept < maxHistory);
        int keep = grow ? kept + 1 : Math.min(kept, maxHistory);
        if (grow) faults.set(0);
        newest = new RefVersion(value, point, newest.firstVersions(keep));
    }

    /**
     * Waits for a lock a bounded time (another transaction may hold it while running user code: a commute
     * or a validator); on timeout the transaction retries. An interrupt stops the transaction (Safepoint).
     */
    private static void acquire(Lock l) {
        boolean got;
        try {
            got = l.tryLock(Transaction.LOCK_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw Safepoint.interruptedWait();
        }
        if (!got) throw new TransactionRetry();
    }

    @Override public void printOn(Printer printer) { printer.printReference("clojure.lang.Ref", this); }

    /** What str shows: Object.toString under Clojure's class name. */
    @Override public String toString() { return "clojure.lang.Ref@" + Integer.toHexString(System.identityHashCode(this)); }
}
