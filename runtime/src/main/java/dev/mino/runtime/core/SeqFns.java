package dev.mino.runtime.core;

import dev.mino.runtime.lang.ArraySeq;
import dev.mino.runtime.lang.DefaultComparator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.FnComparator;
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
        lib.fn("realized?").a1(x -> ((IPending) x).isRealized());
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

    static Comparator<Object> comparator(Object f) {
        if (f instanceof Comparator<?> c) {
            @SuppressWarnings("unchecked") Comparator<Object> cmp = (Comparator<Object>) c;
            return cmp;
        }
        return new FnComparator(CoreLibrary.asFn(f));
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
