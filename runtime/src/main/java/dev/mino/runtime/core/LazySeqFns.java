package dev.mino.runtime.core;

import dev.mino.runtime.lang.Cycle;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IChunkedSeq;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Iterate;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.Ratio;
import dev.mino.runtime.lang.Repeat;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Registers the lazy seq builtins: the seq arities of map, filter, take... (built by {@link LazySeqs}),
 * concat, the generators repeat/repeatedly/iterate/cycle, and doall/dorun.
 */
final class LazySeqFns {
    private LazySeqFns() {}

    /**
     * The public map, filter, ... are defined in seqs.clj with all their arities, transducer ones
     * included; their seq arities call these private builtins.
     */
    static void install(CoreLibrary lib) {
        lib.privateFn("lazy-map*").a2((f, c) -> LazySeqs.map(fn(f), c)).a3((f, a, b) -> LazySeqs.map(fn(f), a, b))
                .rest(4, a -> LazySeqs.mapN(fn(a[0]), Arrays.copyOfRange(a, 1, a.length)));
        lib.privateFn("lazy-map-indexed*").a2((f, c) -> LazySeqs.mapIndexed(fn(f), c));
        lib.privateFn("lazy-filter*").a2((p, c) -> LazySeqs.filter(fn(p), c, true));
        lib.privateFn("lazy-remove*").a2((p, c) -> LazySeqs.filter(fn(p), c, false));
        lib.privateFn("lazy-keep*").a2((f, c) -> LazySeqs.keep(fn(f), c));
        lib.privateFn("lazy-keep-indexed*").a2((f, c) -> LazySeqs.keepIndexed(fn(f), c));
        lib.privateFn("lazy-take*").a2((n, c) -> LazySeqs.take(countArg(n), c));
        lib.privateFn("lazy-take-while*").a2((p, c) -> LazySeqs.takeWhile(fn(p), c));
        lib.privateFn("lazy-drop*").a2((n, c) -> LazySeqs.drop(countArg(n), c));
        lib.privateFn("lazy-drop-while*").a2((p, c) -> LazySeqs.dropWhile(fn(p), c));
        lib.privateFn("lazy-take-nth*").a2((n, c) -> LazySeqs.takeNth(countArg(n), c));
        lib.fn("interleave", "[] [c1] [c1 c2] [c1 c2 & colls]",
                "Takes items from the colls in turn, one from each, as a lazy seq that ends when any coll is exhausted.")
                .a0(() -> PersistentList.EMPTY).a1(c -> LazySeqs.lazy(() -> c))
                .rest(2, LazySeqs::interleave);
        lib.defFn("concat", "[] [x] [x y] [x y & zs]", "A lazy seq of the items of each coll in turn.", new ConcatFn());
        lib.fn("repeat", "[x] [n x]", "A lazy seq of x, endless or n times.")
                .a1(Repeat::create).a2((n, x) -> Repeat.create(Numbers.toLong(n), x));
        lib.fn("repeatedly", "[f] [n f]", "A lazy seq of the results of calling f with no arguments, endlessly or n times.")
                .a1(f -> LazySeqs.repeatedly(fn(f), -1))
                .a2((n, f) -> LazySeqs.repeatedly(fn(f), Math.max(0, countArg(n))));
        lib.fn("iterate", "[f x]", "The endless lazy seq that starts at x and applies f to get each next item.")
                .a2((f, x) -> Iterate.create(fn(f), x));
        lib.fn("cycle", "[coll]", "The items of coll over and over, as an endless lazy seq (an empty one for an empty coll).")
                .a1(Cycle::create);
        lib.fn("dorun", "[coll] [n coll]", "Walks the lazy seq coll (at most n items) for its side effects and returns nil.")
                .a1(c -> { walk(Long.MAX_VALUE, c); return null; })
                .a2((n, c) -> { walk(countArg(n), c); return null; });
        lib.fn("doall", "[coll] [n coll]", "Realizes the lazy seq coll (at most n items) and returns it.")
                .a1(c -> { walk(Long.MAX_VALUE, c); return c; })
                .a2((n, c) -> { walk(countArg(n), c); return c; });
    }

    private static Fn fn(Object f) { return CoreLibrary.asFn(f); }

    /**
     * A count argument (take, drop, repeat...): Clojure compares it with pos? and steps it with dec, so
     * a fractional n counts as its ceiling.
     */
    static long countArg(Object n) {
        if (n instanceof Long l) return l;
        Number x = Numbers.num(n);
        if (x instanceof Double || x instanceof Float || x instanceof Ratio || x instanceof BigDecimal) {
            double d = Math.ceil(x.doubleValue());
            return d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) d;
        }
        if (x instanceof BigInteger b && b.bitLength() >= 64) return b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        return x.longValue();
    }

    /**
     * dorun/doall: steps next n times (or to the end), noticing future-cancel on long walks. A whole chunk
     * is stepped over at once where n allows, which realizes just what stepping by next would.
     */
    private static void walk(long n, Object coll) {
        ISeq s = Seqs.seq(coll);
        for (long i = 0, poll = 1024; s != null && i < n; ) {
            if (i >= poll) {
                Safepoint.poll();
                poll = i + 1024;
            }
            if (s instanceof IChunkedSeq cs) {
                int size = cs.chunkedFirst().count();
                if (n - i >= size) {
                    i += size;
                    s = cs.chunkedNext();
                    continue;
                }
            }
            i++;
            s = s.next();
        }
    }

    /** concat, whose rest arguments stay lazy under apply: (apply concat (map f xs)) walks xs as it goes. */
    private static final class ConcatFn extends Fn {
        @Override public String name() { return "clojure.core/concat"; }
        @Override public Object invoke() { return LazySeqs.concat(null); }
        @Override public Object invoke(Object a) { return LazySeqs.concat(Seqs.arraySeq(new Object[] {a}, 0)); }
        @Override public Object invoke(Object a, Object b) { return LazySeqs.concat(Seqs.arraySeq(new Object[] {a, b}, 0)); }
        @Override public Object invoke(Object a, Object b, Object c) { return LazySeqs.concat(Seqs.arraySeq(new Object[] {a, b, c}, 0)); }
        @Override public Object invoke(Object a, Object b, Object c, Object d) { return LazySeqs.concat(Seqs.arraySeq(new Object[] {a, b, c, d}, 0)); }
        @Override public Object invokeN(Object[] args) { return LazySeqs.concat(Seqs.arraySeq(args, 0)); }
        @Override public Object applyTo(ISeq args) { return LazySeqs.concat(args); }
    }
}
