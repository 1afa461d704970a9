package dev.mino.runtime.core;

import dev.mino.runtime.lang.ChunkedCons;
import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IChunkedSeq;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Truth;
import java.util.function.Supplier;

/**
 * The work of clojure.core's lazy seq functions (map, filter, take, concat, ...). Each step is a Java
 * thunk inside a {@link LazySeq}, so a pipeline over 50k elements runs no interpreted code but the
 * user's functions. As in Clojure, map (of one coll), map-indexed, filter, remove, keep and keep-indexed
 * are chunked: over a chunked source (a range, a vector, another chunked result) a step realizes a whole
 * chunk, calling the user's function on each of its elements, and yields a chunked seq; over any other
 * source a step realizes one element. The other functions are unchunked, as in Clojure.
 */
public final class LazySeqs {
    private LazySeqs() {}

    /** A lazy-seq whose body is a Java supplier. */
    public static LazySeq lazy(Supplier<Object> body) {
        return new LazySeq(new Thunk(body));
    }

    private static final class Thunk extends Fn {
        private final Supplier<Object> body;

        Thunk(Supplier<Object> body) { this.body = body; }

        @Override public Object invoke() { return body.get(); }
    }

    /** (map f coll). */
    public static ISeq map(Fn f, Object coll) {
        return Transform.of((i, x) -> f.invoke(x), coll);
    }

    /** (map-indexed f coll): f gets the index (a long) and the element. */
    public static ISeq mapIndexed(Fn f, Object coll) {
        return Transform.of((i, x) -> f.invoke(i, x), coll);
    }

    /** (filter pred coll), and (remove pred coll) when keep is false. */
    public static ISeq filter(Fn pred, Object coll, boolean keep) {
        return Transform.of((i, x) -> Truth.isTruthy(pred.invoke(x)) == keep ? x : Transform.SKIP, coll);
    }

    /** (keep f coll): the non-nil results of f. */
    public static ISeq keep(Fn f, Object coll) {
        return Transform.of((i, x) -> Transform.skipNil(f.invoke(x)), coll);
    }

    /** (keep-indexed f coll): the non-nil results of (f index x). */
    public static ISeq keepIndexed(Fn f, Object coll) {
        return Transform.of((i, x) -> Transform.skipNil(f.invoke(i, x)), coll);
    }

    /** (map f c1 c2): stops at the shorter collection. */
    public static ISeq map(Fn f, Object c1, Object c2) {
        return lazy(() -> {
            ISeq s1 = Seqs.seq(c1);
            ISeq s2 = s1 == null ? null : Seqs.seq(c2);
            if (s2 == null) return null;
            return new Cons(f.invoke(s1.first(), s2.first()), map(f, s1.more(), s2.more()));
        });
    }

    /** (map f c1 c2 c3 & colls) for any number of collections, given as an array. */
    public static ISeq mapN(Fn f, Object[] colls) {
        return lazy(() -> {
            ISeq[] ss = new ISeq[colls.length];
            Object[] firsts = new Object[colls.length];
            for (int i = 0; i < colls.length; i++) {
                ss[i] = Seqs.seq(colls[i]);
                if (ss[i] == null) return null;
                firsts[i] = ss[i].first();
            }
            Object[] rests = new Object[colls.length];
            for (int i = 0; i < colls.length; i++) rests[i] = ss[i].more();
            return new Cons(f.invokeN(firsts), mapN(f, rests));
        });
    }

    /** (take n coll): the source is not touched once n elements are out. */
    public static ISeq take(long n, Object coll) {
        return new LazySeq(new Take(n, coll));
    }

    /** A cell of take: its own thunk class, not a lambda in a {@link Thunk}, as take is the common way to walk an infinite seq. */
    private static final class Take extends Fn {
        private final long n;
        private final Object coll;

        Take(long n, Object coll) {
            this.n = n;
            this.coll = coll;
        }

        @Override public Object invoke() {
            if (n <= 0) return null;
            ISeq s = Seqs.seq(coll);
            return s == null ? null : new Cons(s.first(), take(n - 1, s.more()));
        }
    }

    /** (take-while pred coll). */
    public static ISeq takeWhile(Fn pred, Object coll) {
        return lazy(() -> {
            ISeq s = Seqs.seq(coll);
            if (s == null || !Truth.isTruthy(pred.invoke(s.first()))) return null;
            return new Cons(s.first(), takeWhile(pred, s.more()));
        });
    }

    /** (drop n coll): skips when first realized, not when called. */
    public static ISeq drop(long n, Object coll) {
        return lazy(() -> {
            ISeq s = Seqs.seq(coll);
            for (long i = n; i > 0 && s != null; i--) {
                if ((i & 1023) == 0) Safepoint.poll();
                s = s.next();
            }
            return s;
        });
    }

    /** (drop-while pred coll). */
    public static ISeq dropWhile(Fn pred, Object coll) {
        return lazy(() -> {
            ISeq s = Seqs.seq(coll);
            while (s != null && Truth.isTruthy(pred.invoke(s.first()))) s = s.next();
            return s;
        });
    }

    /** (take-nth n coll): the first element, then every nth. */
    public static ISeq takeNth(long n, Object coll) {
        return lazy(() -> {
            ISeq s = Seqs.seq(coll);
            return s == null ? null : new Cons(s.first(), takeNth(n, drop(n, s)));
        });
    }

    /**
     * (concat c1 c2 ...) where the collections arrive as a (possibly lazy, possibly infinite) seq, so
     * (apply concat (map f xs)) realizes the collections one at a time as the result is walked. The
     * last collection is returned as is, not re-wrapped, so that concats nested in their last argument
     * (as for and mapcat build them) cost O(1) per element rather than O(depth). A chunked collection
     * passes on chunk by chunk, so the result is chunked where it is, as in Clojure.
     */
    public static ISeq concat(ISeq colls) {
        return lazy(() -> {
            for (ISeq cs = colls; cs != null; ) {
                ISeq more = cs.next();
                if (more == null) return cs.first();
                ISeq s = Seqs.seq(cs.first());
                if (s instanceof IChunkedSeq c) return new ChunkedCons(c.chunkedFirst(), concat(new Cons(c.chunkedMore(), more)));
                if (s != null) return new Cons(s.first(), concat(new Cons(s.more(), more)));
                cs = more;
            }
            return null;
        });
    }

    /** (repeatedly f) and, with n >= 0, (repeatedly n f). */
    public static ISeq repeatedly(Fn f, long n) {
        return lazy(() -> n == 0 ? null : new Cons(f.invoke(), repeatedly(f, n < 0 ? n : n - 1)));
    }

    /** (interleave c1 c2 ...): the first of each, then the second of each, ... until one runs out. */
    public static ISeq interleave(Object[] colls) {
        return lazy(() -> {
            ISeq[] ss = new ISeq[colls.length];
            for (int i = 0; i < colls.length; i++) {
                ss[i] = Seqs.seq(colls[i]);
                if (ss[i] == null) return null;
            }
            Object[] rests = new Object[colls.length];
            for (int i = 0; i < colls.length; i++) rests[i] = ss[i].more();
            ISeq tail = interleave(rests);
            for (int i = colls.length - 1; i >= 0; i--) tail = new Cons(ss[i].first(), tail);
            return tail;
        });
    }
}
