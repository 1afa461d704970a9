package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Reduced;
import dev.mino.runtime.lang.Seqs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The outputs of a transducer applied to one or more sources, pulled on demand: (sequence xform coll)
 * and iterating an eduction. Each pull feeds source elements to the transformed step function until it
 * has emitted something; when the sources run out or a step returns reduced, the completion arity runs
 * once, so stateful transducers (partition-all, ...) flush what they hold.
 */
final class TransformerIterator implements Iterator<Object> {
    /** Outputs emitted but not yet pulled; a list rather than a deque because outputs may be nil. */
    private final ArrayList<Object> buffer = new ArrayList<>();
    private int pos;
    private final Fn step;
    private final Iterator<?>[] sources;
    private boolean completed;

    /** xform is applied to a step function that buffers its inputs. */
    TransformerIterator(Fn xform, Object[] colls) {
        this.step = Callables.asFn(xform.invoke(new Buffering()));
        this.sources = new Iterator<?>[colls.length];
        for (int i = 0; i < colls.length; i++) sources[i] = iterator(colls[i]);
    }

    /** A source's elements: its own iterator when it has one, else a walk of its seq. */
    static Iterator<?> iterator(Object coll) {
        if (coll instanceof Iterable<?> it) return it.iterator();
        return new Iterator<Object>() {
            private ISeq s = Seqs.seq(coll);

            @Override public boolean hasNext() { return s != null; }

            @Override public Object next() {
                if (s == null) throw new NoSuchElementException();
                Object x = s.first();
                s = s.next();
                return x;
            }
        };
    }

    /** The step function at the end of the chain: appends each output to the buffer. */
    private final class Buffering extends Fn {
        @Override public Object invoke() { return null; }
        @Override public Object invoke(Object acc) { return acc; }

        @Override public Object invoke(Object acc, Object x) {
            buffer.add(x);
            return acc;
        }

        @Override public String name() { return "sequence"; }
    }

    @Override public boolean hasNext() {
        while (pos == buffer.size()) {
            buffer.clear();
            pos = 0;
            if (completed) return false;
            pull();
        }
        return true;
    }

    /** Feeds one set of source elements through the step function, or completes it. */
    private void pull() {
        for (Iterator<?> s : sources) {
            if (!s.hasNext()) {
                complete();
                return;
            }
        }
        Object r;
        if (sources.length == 1) {
            r = step.invoke(null, sources[0].next());
        } else {
            Object[] args = new Object[sources.length + 1];
            for (int i = 0; i < sources.length; i++) args[i + 1] = sources[i].next();
            r = step.invokeN(args);
        }
        if (r instanceof Reduced) complete();
    }

    private void complete() {
        completed = true;
        step.invoke(null);
    }

    @Override public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        return buffer.get(pos++);
    }
}
