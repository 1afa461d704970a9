package dev.mino.runtime.core;

import dev.mino.runtime.lang.ArraySeq;
import dev.mino.runtime.lang.DefaultComparator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IKVReduce;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.Range;
import dev.mino.runtime.lang.Reduced;
import dev.mino.runtime.lang.Seqs;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Sequence primitives: seq/first/rest, cons, lazy-seq, reduce, apply, range, sort. The lazy seq functions
 * are in {@link LazySeqFns}, the transducer machinery in {@link TransducerFns}.
 */
final class SeqFns {
    private SeqFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("seq", "[coll]",
                "coll viewed as a seq, or nil when it has no items. Accepts nil, collections, strings, Java arrays,\n"
                + "  Iterables and Java maps.")
                .a1(Seqs::seq);
        lib.fn("first", "[coll]", "The first item of coll, or nil when it is empty or nil.").a1(Seqs::first);
        lib.fn("rest", "[coll]", "A seq of the items of coll after the first; empty, never nil.").a1(Seqs::rest);
        lib.fn("next", "[coll]", "Everything after the first item of coll as a seq; nil, not (), when nothing is left.")
                .a1(Seqs::next);
        lib.fn("cons", "[x seq]", "A seq of x followed by the items of seq.").a2(Seqs::cons);
        lib.privateFn("lazy-seq*").a1(f -> new LazySeq((Fn) f));
        lib.fn("reduce", "[f coll] [f val coll]",
                "Folds coll with f from the left: f gets the result so far and the next item. Without val, the first\n"
                + "  item starts; an empty coll gives (f). Stops early at a reduced value.")
                .a2((f, c) -> Seqs.reduce(CoreLibrary.asFn(f), c)).a3((f, init, c) -> Seqs.reduce(CoreLibrary.asFn(f), init, c));
        lib.fn("reduce-kv", "[f init coll]",
                "Folds the map (or vector, by index) coll with f of the result so far, a key and its value, starting at\n"
                + "  init.")
                .a3(SeqFns::reduceKv);
        lib.fn("reduced", "[x]", "A box around x that tells reduce (and transduce) to finish now with x as the result.")
                .a1(Reduced::new);
        lib.fn("reduced?", "[x]", "True when x is a value wrapped by reduced.").a1(x -> x instanceof Reduced);
        lib.fn("unreduced", "[x]", "The value inside x when x is reduced, else x.")
                .a1(x -> x instanceof Reduced r ? r.deref() : x);
        lib.fn("ensure-reduced", "[x]", "x wrapped by reduced unless it already is.")
                .a1(x -> x instanceof Reduced ? x : new Reduced(x));
        lib.fn("apply", "[f args] [f x args] [f x y args] [f x y z args] [f a b c d & args]",
                "Calls f with the given arguments followed by the items of the last argument, a seq.")
                .a2((f, args) -> CoreLibrary.asFn(f).applyTo(Seqs.seq(args))).rest(3, SeqFns::apply);
        lib.fn("range", "[] [end] [start end] [start end step]",
                "A lazy seq of numbers from start (default 0) up to end (exclusive; unbounded when omitted), by step\n"
                + "  (default 1).")
                .a0(Range::infinite).a1(end -> Range.create(0L, end, 1L)).a2((s, e) -> Range.create(s, e, 1L)).a3(Range::create);
        lib.fn("sort", "[coll] [comp coll]",
                "A seq of the items of coll sorted by comp (a comparator or predicate; default compare). The sort is\n"
                + "  stable.")
                .a1(c -> sort(DefaultComparator.INSTANCE, c)).a2((cmp, c) -> sort(Fn.comparator(cmp), c));
        lib.fn("sort-by", "[keyfn coll] [keyfn comp coll]",
                "A seq of the items of coll sorted by (keyfn item), compared by comp (default compare). Stable.")
                .a2((kf, c) -> sortBy(CoreLibrary.asFn(kf), DefaultComparator.INSTANCE, c))
                .a3((kf, cmp, c) -> sortBy(CoreLibrary.asFn(kf), Fn.comparator(cmp), c));
        lib.fn("list*", "[args] [a args] [a b args] [a b c args] [a b c d & more]",
                "A seq of the given items followed by the items of the last argument.")
                .a1(Seqs::seq).a2(Seqs::cons).rest(3, a -> {
            Object s = a[a.length - 1];
            for (int i = a.length - 2; i >= 0; i--) s = Seqs.cons(a[i], s);
            return s;
        });
        lib.fn("to-array", "[coll]", "A new Object array of the items of coll.").a1(Seqs::toArray);
        lib.fn("realized?", "[x]", "Whether x (a delay, future, promise or lazy seq) has already computed or received its value.")
                .a1(x -> ((IPending) x).isRealized());
        LazySeqFns.install(lib);
        TransducerFns.install(lib);
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
        if (coll instanceof IPersistentVector v) {
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

    /** Like Clojure's, the sorted seq carries coll's metadata. */
    private static Object sort(Comparator<Object> cmp, Object coll) {
        Object[] a = Seqs.toArray(coll);
        if (a.length == 0) return PersistentList.EMPTY;
        Arrays.sort(a, cmp);
        ArraySeq sorted = (ArraySeq) Seqs.arraySeq(a, 0);
        return coll instanceof IMeta m && m.meta() != null ? sorted.withMeta(m.meta()) : sorted;
    }

    /** sort on (keyfn x), computing each key once. */
    private static Object sortBy(Fn keyFn, Comparator<Object> cmp, Object coll) {
        Object[] a = Seqs.toArray(coll);
        if (a.length == 0) return PersistentList.EMPTY;
        Object[][] keyed = new Object[a.length][];
        for (int i = 0; i < a.length; i++) keyed[i] = new Object[] {keyFn.invoke(a[i]), a[i]};
        Arrays.sort(keyed, (x, y) -> cmp.compare(x[0], y[0]));
        for (int i = 0; i < a.length; i++) a[i] = keyed[i][1];
        ArraySeq sorted = (ArraySeq) Seqs.arraySeq(a, 0);
        return coll instanceof IMeta m && m.meta() != null ? sorted.withMeta(m.meta()) : sorted;
    }
}
