package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.PersistentArrayMap;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * tap>, add-tap and remove-tap for one state: tap> puts a value on a bounded queue (1024, as Clojure; it
 * answers false when the queue is full) and a daemon thread hands each value to every tap fn, ignoring
 * what they throw. The thread stops when the queue has been idle for a while and tap> starts it again,
 * so a state that is dropped leaves no thread behind. The tap fns run as the state's code (its
 * print-method applies), without the bindings of whoever called tap>, as in Clojure.
 */
final class Taps {
    private static final Object NIL = new Object();
    private static final long IDLE_MILLIS = 2000;

    private final Set<Object> taps = new CopyOnWriteArraySet<>();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Evaluator state;

    private Taps(Evaluator state) {
        this.state = state;
    }

    static void install(CoreLibrary lib) {
        Taps t = new Taps(lib.evaluator);
        lib.fn("add-tap", "[f]",
                "Registers f, a function of one argument, to receive every value later sent with tap>, on a background\n"
                + "  thread.")
                .a1(f -> {
            t.taps.add(f);
            return null;
        });
        lib.fn("remove-tap", "[f]", "Unregisters f, added by add-tap.").a1(f -> {
            t.taps.remove(f);
            return null;
        });
        lib.fn("tap>", "[x]", "Queues x for the tap functions without waiting: true, or false when the queue was full and x was\n"
                + "  dropped.")
                .a1(t::offer);
    }

    private boolean offer(Object x) {
        boolean queued = queue.offer(x == null ? NIL : x);
        if (draining.compareAndSet(false, true)) {
            Thread th = new Thread(this::drain, "clojure.core/tap-loop");
            th.setDaemon(true);
            th.start();
        }
        return queued;
    }

    private void drain() {
        state.enter(PersistentArrayMap.EMPTY);
        try {
            for (;;) {
                Object x = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (x == null) {
                    draining.set(false);
                    // A value offered while we were giving up must not wait for the next tap>.
                    if (queue.isEmpty() || !draining.compareAndSet(false, true)) return;
                    continue;
                }
                deliver(x == NIL ? null : x);
            }
        } catch (InterruptedException e) {
            draining.set(false);
        } finally {
            state.leave();
        }
    }

    private void deliver(Object x) {
        for (Object tap : taps) {
            try {
                Callables.asFn(tap).invoke(x);
            } catch (Throwable ignored) {
                // As in Clojure: a failing tap does not stop the others or the loop.
            }
        }
    }
}
