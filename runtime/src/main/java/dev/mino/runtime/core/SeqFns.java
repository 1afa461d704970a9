package dev.mino.runtime.core;

import dev.mino.runtime.lang.DefaultComparator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.FnComparator;
import dev.mino.runtime.lang.IKVReduce;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.Range;
import dev.mino.runtime.lang.Reduced;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Cycle;
import dev.mino.runtime.lang.Iterate;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Repeat;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.printer.PrintMethods;
import java.util.Arrays;
import java.util.Comparator;

/** Sequence primitives: seq/first/rest, cons, laziness, reduce, apply, range, sort. */
final class SeqFns {
    private SeqFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("seq").a1(Seqs::seq);
        lib.fn("first").a1(Seqs::first);
        lib.fn("rest").a1(Seqs::rest);
        lib.fn("next").a1(Seqs::next);
        lib.fn("cons").a2(Seqs::cons);
        lib.privateFn("lazy-seq*").a1(f -> new LazySeq((Fn) f));
        lib.fn("reduce").a2((f, c) -> Seqs.reduce(CoreLibrary.asFn(f), c)).a3((f, init, c) -> Seqs.reduce(CoreLibrary.asFn(f), init, c));
        lib.fn("reduce-kv").a3(SeqFns::reduceKv);
        lib.fn("reduced").a1(Reduced::new);
        lib.fn("reduced?").a1(x -> x instanceof Reduced);
        lib.fn("unreduced").a1(x -> x instanceof Reduced r ? r.deref() : x);
        lib.fn("ensure-reduced").a1(x -> x instanceof Reduced ? x : new Reduced(x));
        lib.fn("apply").a2((f, args) -> CoreLibrary.asFn(f).applyTo(Seqs.seq(args))).rest(3, SeqFns::apply);
        lib.fn("range").a0(Range::infinite).a1(end -> Range.create(0L, end, 1L)).a2((s, e) -> Range.create(s, e, 1L)).a3(Range::create);
        lib.fn("sort").a1(c -> sort(DefaultComparator.INSTANCE, c)).a2((cmp, c) -> sort(comparator(cmp), c));
        lib.fn("sort-by").a2((kf, c) -> sortBy(CoreLibrary.asFn(kf), DefaultComparator.INSTANCE, c))
                .a3((kf, cmp, c) -> sortBy(CoreLibrary.asFn(kf), comparator(cmp), c));
        lib.fn("list*").a1(Seqs::seq).a2(Seqs::cons).rest(3, a -> {
            Object s = a[a.length - 1];
            for (int i = a.length - 2; i >= 0; i--) s = Seqs.cons(a[i], s);
            return s;
        });
        lib.fn("to-array").a1(Seqs::toArray);
        lib.fn("realized?").a1(x -> ((dev.mino.runtime.lang.IPending) x).isRealized());
        installLazy(lib);
        installTransducing(lib);
    }

    /**
     * The lazy seq functions. The public fns (map, filter, ...) are defined in seqs.clj with all their
     * arities, transducer ones included; their seq arities call these private builtins.
     */
    private static void installLazy(CoreLibrary lib) {
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
        lib.fn("interleave").a0(() -> PersistentList.EMPTY).a1(c -> LazySeqs.lazy(() -> c))
                .rest(2, LazySeqs::interleave);
        lib.def("concat", new ConcatFn());
        lib.fn("repeat").a1(Repeat::create).a2((n, x) -> Repeat.create(countArg(n), x));
        lib.fn("repeatedly").a1(f -> LazySeqs.repeatedly(fn(f), -1))
                .a2((n, f) -> LazySeqs.repeatedly(fn(f), Math.max(0, countArg(n))));
        lib.fn("iterate").a2((f, x) -> Iterate.create(fn(f), x));
        lib.fn("cycle").a1(Cycle::create);
        lib.fn("dorun").a1(c -> { walk(Long.MAX_VALUE, c); return null; })
                .a2((n, c) -> { walk(countArg(n), c); return null; });
        lib.fn("doall").a1(c -> { walk(Long.MAX_VALUE, c); return c; })
                .a2((n, c) -> { walk(countArg(n), c); return c; });
        lib.fn("shuffle").a1(SeqFns::shuffle);
    }

    /** Builtins behind sequence, eduction and iteration. */
    private static void installTransducing(CoreLibrary lib) {
        lib.privateFn("transformer-seq*").rest(2, a -> {
            Fn xform = fn(a[0]);
            Object[] colls = Arrays.copyOfRange(a, 1, a.length);
            return LazySeqs.lazy(() -> Seqs.seq((Iterable<Object>) () -> new TransformerIterator(xform, colls)));
        });
        lib.privateFn("eduction*").a2((xf, c) -> new Eduction(fn(xf), c));
        PrintMethods.register(Eduction.class, (x, p) -> p.printSequence("(", ((Eduction) x).iterator(), ")"));
        lib.privateFn("iteration*").rest(5, a -> new Iteration(fn(a[0]), fn(a[1]), fn(a[2]), fn(a[3]), a[4]));
        lib.fn("->Eduction").a2((xf, c) -> new Eduction(fn(xf), c));
        installJavaSources(lib);
    }

    /** Seqs and reductions over Java's own sources: iterators, enumerations and streams (Clojure 1.12). */
    private static void installJavaSources(CoreLibrary lib) {
        // Like Clojure's, these seqs read the first element at once, so an empty source gives nil.
        lib.fn("iterator-seq").a1(it -> Seqs.seq(once((java.util.Iterator<?>) it)));
        lib.fn("enumeration-seq").a1(e -> Seqs.seq(once(((java.util.Enumeration<?>) e).asIterator())));
        lib.fn("stream-seq!").a1(st -> Seqs.seq(once(((java.util.stream.BaseStream<?, ?>) st).iterator())));
        lib.fn("stream-reduce!").a2((f, st) -> Seqs.reduce(fn(f), once(((java.util.stream.BaseStream<?, ?>) st).iterator())))
                .a3((f, init, st) -> Seqs.reduce(fn(f), init, once(((java.util.stream.BaseStream<?, ?>) st).iterator())));
    }

    /** An Iterable that hands out the given iterator (seq and reduce take Iterables). */
    private static Iterable<Object> once(java.util.Iterator<?> it) {
        @SuppressWarnings("unchecked") java.util.Iterator<Object> items = (java.util.Iterator<Object>) it;
        return () -> items;
    }

    private static Fn fn(Object f) { return CoreLibrary.asFn(f); }

    /**
     * A count argument (take, drop, repeat...): Clojure compares it with pos? and steps it with dec, so
     * a fractional n counts as its ceiling.
     */
    static long countArg(Object n) {
        if (n instanceof Long l) return l;
        Number x = Numbers.num(n);
        if (x instanceof Double || x instanceof Float || x instanceof dev.mino.runtime.lang.Ratio
                || x instanceof java.math.BigDecimal) {
            double d = Math.ceil(x.doubleValue());
            return d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) d;
        }
        return x instanceof java.math.BigInteger b && b.bitLength() >= 64 ? (b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : x.longValue();
    }

    /** dorun/doall: realizes up to n elements, noticing future-cancel on long walks. */
    private static void walk(long n, Object coll) {
        ISeq s = Seqs.seq(coll);
        for (long i = 0; s != null && i < n; i++) {
            if ((i & 1023) == 1023) Safepoint.poll();
            s = s.next();
        }
    }

    private static Object shuffle(Object coll) {
        java.util.List<Object> xs = new java.util.ArrayList<>(Arrays.asList(Seqs.toArray(coll)));
        java.util.Collections.shuffle(xs);
        return PersistentVector.fromList(xs);
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

    private static Object apply(Object[] a) {
        Object s = a[a.length - 1];
        for (int i = a.length - 2; i >= 1; i--) s = Seqs.cons(a[i], s);
        return CoreLibrary.asFn(a[0]).applyTo(Seqs.seq(s));
    }

    private static Object reduceKv(Object f, Object init, Object coll) {
        Fn fn = CoreLibrary.asFn(f);
        if (coll == null) return init;
        if (coll instanceof IKVReduce kv) return kv.kvreduce(fn, init);
        Object acc = init;
        if (coll instanceof dev.mino.runtime.lang.IPersistentVector v) {
            for (int i = 0; i < v.count(); i++) {
                acc = fn.invoke(acc, (long) i, v.nth(i));
                if (acc instanceof Reduced r) return r.deref();
            }
            return acc;
        }
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) {
            IMapEntry e = (IMapEntry) s.first();
            acc = fn.invoke(acc, e.key(), e.val());
            if (acc instanceof Reduced r) return r.deref();
        }
        return acc;
    }

    static Comparator<Object> comparator(Object f) {
        if (f instanceof Comparator<?> c) {
            @SuppressWarnings("unchecked") Comparator<Object> cmp = (Comparator<Object>) c;
            return cmp;
        }
        return new FnComparator(CoreLibrary.asFn(f));
    }

    private static Object sort(Comparator<Object> cmp, Object coll) {
        Object[] a = Seqs.toArray(coll);
        if (a.length == 0) return PersistentList.EMPTY;
        Arrays.sort(a, cmp);
        return Seqs.arraySeq(a, 0);
    }

    private static Object sortBy(Fn keyFn, Comparator<Object> cmp, Object coll) {
        Object[] a = Seqs.toArray(coll);
        if (a.length == 0) return PersistentList.EMPTY;
        Object[][] keyed = new Object[a.length][];
        for (int i = 0; i < a.length; i++) keyed[i] = new Object[] {keyFn.invoke(a[i]), a[i]};
        Arrays.sort(keyed, (x, y) -> cmp.compare(x[0], y[0]));
        for (int i = 0; i < a.length; i++) a[i] = keyed[i][1];
        return Seqs.arraySeq(a, 0);
    }
}
