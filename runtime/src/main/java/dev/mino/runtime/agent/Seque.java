package dev.mino.runtime.agent;

import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.ThreadBindings;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * (seque q s): a seq of s's items that a background task realizes ahead of the reader, into the bounded
 * queue q. The task puts items while q has room and stops when it is full; each item the reader takes
 * asks for another fill, so at most one fill runs at a time and no thread waits on a reader that went
 * away. As in Clojure, a failure while realizing s ends the seq; a reader that gets ahead of the producer
 * waits for it.
 */
public final class Seque {
    /** Stand-ins in the queue for nil (which a BlockingQueue refuses) and for the end of s. */
    private static final Object NIL = new Object();
    private static final Object END = new Object();
    private static final Object NOTHING = new Object();

    private final BlockingQueue<Object> queue;
    private final Executor executor;
    private final Object bindings;
    /** The part of s not yet queued, and an item taken from s that did not fit: touched only by the fill running. */
    private Object rest;
    private Object carried = NOTHING;
    /** Guarded by this: a fill is on the executor; a fill was asked for while one ran; the end is queued. */
    private boolean filling;
    private boolean again;
    private boolean finished;

    private Seque(BlockingQueue<Object> queue, Executor executor, Object source) {
        this.queue = queue;
        this.executor = executor;
        this.bindings = ThreadBindings.capture();
        this.rest = source;
    }

    /** Starts filling q from s on executor and gives the reader's seq. */
    public static Object of(BlockingQueue<Object> q, Object s, Executor executor) {
        Seque seque = new Seque(q, executor, s);
        seque.requestFill();
        return seque.drain();
    }

    private void requestFill() {
        synchronized (this) {
            if (finished) return;
            if (filling) {
                again = true;
                return;
            }
            filling = true;
        }
        try {
            executor.execute(this::fill);
        } catch (RejectedExecutionException e) {  // shutdown-agents: no fill runs, so a later request may try again
            synchronized (this) {
                filling = false;
            }
            throw e;
        }
    }

    private void fill() {
        Safepoint.clearCurrent();
        Object saved = ThreadBindings.install(bindings);
        try {
            do {
                fillWhileRoom();
            } while (!stopFilling());
        } finally {
            ThreadBindings.install(saved);
        }
    }

    /** Ends this fill unless a reader asked for another meanwhile. */
    private synchronized boolean stopFilling() {
        if (again && !finished) {
            again = false;
            return false;
        }
        filling = false;
        return true;
    }

    private void fillWhileRoom() {
        try {
            while (true) {
                Object item = carried != NOTHING ? carried : nextItem();
                if (!queue.offer(item)) {
                    carried = item;
                    return;
                }
                carried = NOTHING;
                if (item == END) {
                    markFinished();
                    return;
                }
            }
        } catch (Throwable e) {
            carried = END;  // s failed: the seq ends there
            if (queue.offer(END)) markFinished();
        }
    }

    /**
     * The next item of s, realizing the one after it first (as Clojure's seque does): when realizing that one
     * fails, this one is lost with it.
     */
    private Object nextItem() {
        ISeq s = Seqs.seq(rest);
        if (s == null) return END;
        Object x = s.first();
        rest = s.next();
        return x == null ? NIL : x;
    }

    private synchronized void markFinished() { finished = true; }

    private LazySeq drain() {
        return new LazySeq(new Fn() {
            @Override public Object invoke() {
                Object x = take();
                if (x == END) return null;
                requestFill();
                return new Cons(x == NIL ? null : x, drain());
            }
        });
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw Safepoint.interruptedWait();
        }
    }
}
