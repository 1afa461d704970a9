package dev.mino.runtime.stm;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Safepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One thread's transaction (multiversion concurrency control). Each attempt reads every ref as of its read
 * point, the clock when it started, and keeps its writes to itself. Committing locks the refs it changes or
 * ensured, in id order, and checks that none of those was committed by another transaction since the read
 * point; if one was, the attempt is thrown away and the body runs again. Commutes are not checked: their
 * functions run again at commit on the newest values. All changes of a commit get one new commit point, so
 * other transactions see all of them or none.
 */
public final class Transaction {
    /** How long a reader or committer waits for a ref's lock before retrying (Clojure waits 100 ms too). */
    static final long LOCK_WAIT_MS = 100;

    private record Commute(Fn f, Object[] args) {}

    /** A committed change, for the watches. */
    private record Change(Ref ref, Object old, Object value) {}

    private final Stm stm;
    private long readPoint;
    /** The in-transaction values of the refs this attempt set or commuted. */
    private final Map<Ref, Object> values = new HashMap<>();
    private final Set<Ref> sets = new HashSet<>();
    private final Set<Ref> ensures = new HashSet<>();
    /** Per commuted ref, its commutes in call order. */
    private final Map<Ref, List<Commute>> commutes = new LinkedHashMap<>();
    /** What runs once the changes are committed (agent sends); discarded when the attempt retries. */
    private final List<Runnable> afterCommit = new ArrayList<>();
    private List<Change> committed = List.of();

    Transaction(Stm stm) {
        this.stm = stm;
    }

    /** Runs body until an attempt commits, and gives that attempt's value. */
    Object run(Fn body) {
        for (int attempt = 0; attempt < Stm.RETRY_LIMIT; attempt++) {
            Safepoint.poll();
            begin();
            try {
                Object result = body.invoke();
                commit();
                return result;
            } catch (TransactionRetry retry) {
                Thread.yield();  // another transaction got there first: let it finish, then start again
            }
        }
        throw new RuntimeException("Transaction failed after reaching retry limit");
    }

    private void begin() {
        values.clear();
        sets.clear();
        ensures.clear();
        commutes.clear();
        afterCommit.clear();
        readPoint = stm.lastCommit();
    }

    /** Once the transaction is over (no longer running on the thread): watches, then held agent sends. */
    void afterCommit() {
        for (Change c : committed) c.ref.notifyWatches(c.old, c.value);
        for (Runnable r : afterCommit) r.run();
    }

    /** Runs r after this transaction commits; an attempt that retries forgets it. */
    public void afterCommit(Runnable r) { afterCommit.add(r); }

    Object read(Ref r) {
        if (values.containsKey(r)) return values.get(r);
        return r.valueAsOf(readPoint);
    }

    Object set(Ref r, Object value) {
        if (commutes.containsKey(r)) throw new IllegalStateException("Can't set after commute");
        if (sets.add(r)) retryIfChangedSinceStart(r);
        values.put(r, value);
        return value;
    }

    Object alter(Ref r, Fn f, Object[] args) {
        return set(r, f.invokeWithFirst(read(r), args));
    }

    Object ensure(Ref r) {
        if (!sets.contains(r) && ensures.add(r)) retryIfChangedSinceStart(r);
        return read(r);
    }

    /** The in-transaction result starts from the newest committed value (not the read point's), as in Clojure. */
    Object commute(Ref r, Fn f, Object[] args) {
        Object current = values.containsKey(r) ? values.get(r) : r.newestValue();
        Object value = f.invokeWithFirst(current, args);
        values.put(r, value);
        commutes.computeIfAbsent(r, k -> new ArrayList<>()).add(new Commute(f, args));
        return value;
    }

    /** Writing a ref another transaction committed after our start would be lost at commit: retry now. */
    private void retryIfChangedSinceStart(Ref r) {
        if (r.newestPoint() > readPoint) throw new TransactionRetry();
    }

    /** Commits the attempt, or throws TransactionRetry on a conflict; a validator's error aborts it. */
    private void commit() {
        Set<Ref> toLock = new TreeSet<>(Comparator.comparingLong((Ref r) -> r.id));
        toLock.addAll(values.keySet());
        toLock.addAll(ensures);
        List<Ref> locked = new ArrayList<>(toLock.size());
        List<Change> changes = new ArrayList<>(values.size());
        try {
            for (Ref r : toLock) {
                r.lockForCommit();
                locked.add(r);
            }
            for (Ref r : sets) retryIfChangedSinceStart(r);
            for (Ref r : ensures) retryIfChangedSinceStart(r);
            rerunCommutes();
            for (Map.Entry<Ref, Object> e : values.entrySet()) e.getKey().validate(e.getValue());
            if (values.isEmpty()) return;
            long point = stm.nextCommit();
            for (Map.Entry<Ref, Object> e : values.entrySet()) {
                Ref r = e.getKey();
                changes.add(new Change(r, r.newestValue(), e.getValue()));
                r.install(e.getValue(), point);
            }
        } finally {
            for (Ref r : locked) r.unlockCommit();
        }
        committed = changes;
    }

    /** Each commuted ref not also set gets its commutes applied again, in order, to its newest value. */
    private void rerunCommutes() {
        for (Map.Entry<Ref, List<Commute>> e : commutes.entrySet()) {
            Ref r = e.getKey();
            if (sets.contains(r)) continue;
            Object value = r.newestValue();
            for (Commute c : e.getValue()) value = c.f.invokeWithFirst(value, c.args);
            values.put(r, value);
        }
    }
}
