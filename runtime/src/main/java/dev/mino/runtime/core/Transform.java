package dev.mino.runtime.core;

import dev.mino.runtime.lang.ArrayChunk;
import dev.mino.runtime.lang.ChunkedCons;
import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IChunk;
import dev.mino.runtime.lang.IChunkedSeq;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;

/**
 * One lazy step of an element-wise transform (map, map-indexed, filter, remove, keep, keep-indexed) of a
 * collection, from a given index on. Over a chunked source it transforms a whole chunk into a chunk of
 * results, so the user's function runs a chunk at a time as in Clojure; otherwise one element.
 */
final class Transform extends Fn {
    /** What an element's result is for a transform: the value to yield for x at index i, or {@link #SKIP}. */
    @FunctionalInterface
    interface Step {
        Object apply(long i, Object x);
    }

    /** A step's result for an element that yields nothing (filtered out, or nil for keep). */
    static final Object SKIP = new Object();

    private final Step step;
    private final Object coll;
    private final long index;

    private Transform(Step step, Object coll, long index) {
        this.step = step;
        this.coll = coll;
        this.index = index;
    }

    /** The lazy transform of coll by step, indexes counted from 0. */
    static LazySeq of(Step step, Object coll) {
        return from(step, coll, 0);
    }

    private static LazySeq from(Step step, Object coll, long index) {
        return new LazySeq(new Transform(step, coll, index));
    }

    static Object skipNil(Object y) {
        return y == null ? SKIP : y;
    }

    /** Walks the source until an element or a chunk yields something; nil at its end. */
    @Override public Object invoke() {
        long i = index;
        for (ISeq s = Seqs.seq(coll); s != null; ) {
            if (s instanceof IChunkedSeq cs) {
                IChunk c = cs.chunkedFirst();
                int n = c.count();
                Object[] out = new Object[n];
                int k = 0;
                for (int j = 0; j < n; j++) {
                    Object y = step.apply(i + j, c.nth(j));
                    if (y != SKIP) out[k++] = y;
                }
                i += n;
                if (k > 0) return new ChunkedCons(new ArrayChunk(out, 0, k), from(step, cs.chunkedMore(), i));
                Safepoint.poll();
                s = cs.chunkedNext();
            } else {
                Object y = step.apply(i++, s.first());
                if (y != SKIP) return new Cons(y, from(step, s.more(), i));
                s = s.next();
            }
        }
        return null;
    }
}
