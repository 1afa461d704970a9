package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Counted;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.FnComparator;
import dev.mino.runtime.lang.IEditableCollection;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.Indexed;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentStack;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.IReduce;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.ITransientAssociative;
import dev.mino.runtime.lang.ITransientCollection;
import dev.mino.runtime.lang.ITransientMap;
import dev.mino.runtime.lang.ITransientSet;
import dev.mino.runtime.lang.ITransientVector;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.PersistentHashSet;
import dev.mino.runtime.lang.PersistentTreeMap;
import dev.mino.runtime.lang.PersistentTreeSet;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Reversible;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Sorted;
import dev.mino.runtime.lang.Truth;

/** Constructors and operations of the persistent collections and their transients. */
final class CollectionFns {
    private CollectionFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("list").rest(0, Seqs::list);
        lib.fn("vector").rest(0, a -> PersistentVector.of(a));
        lib.fn("vec").a1(CollectionFns::vec);
        lib.fn("hash-map").rest(0, a -> { evenArgs(a, "hash-map"); return PersistentHashMap.create(a); });
        lib.fn("array-map").rest(0, a -> { evenArgs(a, "array-map"); return PersistentArrayMap.createWithCheck(a); });
        lib.fn("hash-set").rest(0, a -> PersistentHashSet.create(a));
        lib.fn("set").a1(c -> c instanceof IPersistentSet s ? withoutMeta(s) : PersistentHashSet.create(Seqs.toArray(c)));
        lib.fn("sorted-map").rest(0, a -> { evenArgs(a, "sorted-map"); return PersistentTreeMap.create(a); });
        lib.fn("sorted-map-by").rest(1, a -> PersistentTreeMap.create(FnComparator.of(a[0]), tail(a)));
        lib.fn("sorted-set").rest(0, a -> PersistentTreeSet.create(a));
        lib.fn("sorted-set-by").rest(1, a -> PersistentTreeSet.create(FnComparator.of(a[0]), tail(a)));
        lib.fn("count").a1(c -> (long) Seqs.count(c));
        lib.fn("counted?").a1(c -> c instanceof Counted);
        lib.fn("get").a2(Colls::get).a3(Colls::get);
        lib.fn("nth").a2((c, i) -> Seqs.nth(c, Numbers.toIndex(i))).a3((c, i, nf) -> Seqs.nth(c, Numbers.toIndex(i), nf));
        lib.fn("assoc").a3(Colls::assoc).rest(3, CollectionFns::assocMany);
        lib.fn("dissoc").a1(m -> m).a2(Colls::dissoc).rest(2, a -> { Object m = a[0]; for (int i = 1; i < a.length; i++) m = Colls.dissoc(m, a[i]); return m; });
        lib.fn("conj").a0(() -> PersistentVector.EMPTY).a1(c -> c).a2(Colls::conj)
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = Colls.conj(c, a[i]); return c; });
        lib.fn("disj").a1(s -> s).a2(Colls::disj).rest(2, a -> { Object s = a[0]; for (int i = 1; i < a.length; i++) s = Colls.disj(s, a[i]); return s; });
        lib.fn("contains?").a2(Colls::containsKey);
        lib.fn("find").a2(Colls::find);
        lib.fn("key").a1(e -> ((IMapEntry) e).key());
        lib.fn("val").a1(e -> ((IMapEntry) e).val());
        lib.fn("keys").a1(m -> keysOrVals(m, true));
        lib.fn("vals").a1(m -> keysOrVals(m, false));
        lib.fn("empty").a1(Colls::empty);
        lib.fn("peek").a1(c -> c == null ? null : ((IPersistentStack) c).peek());
        lib.fn("pop").a1(c -> c == null ? null : ((IPersistentStack) c).pop());
        lib.fn("rseq").a1(c -> ((Reversible) c).rseq());
        lib.fn("subvec").a2((v, s) -> subvec(v, s, Seqs.count(v))).a3((v, s, e) -> subvec(v, s, e));
        lib.fn("transient").a1(c -> ((IEditableCollection) c).asTransient());
        lib.fn("persistent!").a1(c -> ((ITransientCollection) c).persistent());
        lib.fn("conj!").a0(() -> PersistentVector.EMPTY.asTransient()).a1(c -> c).a2((c, x) -> ((ITransientCollection) c).conj(x));
        lib.fn("assoc!").a3((c, k, v) -> ((ITransientAssociative) c).assoc(k, v))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i + 1 < a.length; i += 2) c = ((ITransientAssociative) c).assoc(a[i], a[i + 1]); return c; });
        lib.fn("dissoc!").a2((c, k) -> ((ITransientMap) c).without(k))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = ((ITransientMap) c).without(a[i]); return c; });
        lib.fn("disj!").a1(c -> c).a2((c, k) -> ((ITransientSet) c).disjoin(k))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = ((ITransientSet) c).disjoin(a[i]); return c; });
        lib.fn("pop!").a1(c -> ((ITransientVector) c).pop());
        lib.fn("sorted?").a1(c -> c instanceof Sorted);
        lib.fn("shuffle").a1(CollectionFns::shuffle);
        lib.fn("indexed?").a1(c -> c instanceof Indexed);
        lib.fn("map-entry?").a1(c -> c instanceof java.util.Map.Entry);
        lib.privateFn("sorted-seq*").a3((sc, k, asc) -> ((Sorted) sc).seqFrom(k, Truth.isTruthy(asc)));
        lib.privateFn("sorted-compare*").a3((sc, e, k) -> {
            Sorted s = (Sorted) sc;
            return (long) s.comparator().compare(s.entryKey(e), k);
        });
    }

    /** (vec coll): a vector as is but without its metadata (map entries are copied), else a new vector. */
    private static Object vec(Object c) {
        if (c instanceof IPersistentVector v && !(c instanceof IMapEntry)) return withoutMeta(v);
        if (c instanceof IReduce r && c instanceof Counted n) return PersistentVector.adopt(reduceToArray(r, n.count()));
        return PersistentVector.adopt(Seqs.toArray(c));
    }

    /** The items of a counted reducible, gathered by its own reduce (a range allocates no seq cells). */
    private static Object[] reduceToArray(IReduce coll, int count) {
        Object[] out = new Object[count];
        coll.reduce(new Fn() {
            private int i;

            @Override public Object invoke(Object acc, Object x) {
                out[i++] = x;
                return acc;
            }
        }, null);
        return out;
    }

    private static Object withoutMeta(Object c) {
        return c instanceof IObj o && o.meta() != null ? o.withMeta(null) : c;
    }

    /** (shuffle coll): a vector of coll's items in random order. */
    private static Object shuffle(Object coll) {
        Object[] xs = Seqs.toArray(coll);
        java.util.Collections.shuffle(java.util.Arrays.asList(xs));
        return PersistentVector.adopt(xs);
    }

    private static Object[] tail(Object[] a) {
        Object[] out = new Object[a.length - 1];
        System.arraycopy(a, 1, out, 0, out.length);
        return out;
    }

    private static void evenArgs(Object[] a, String fn) {
        if (a.length % 2 != 0) throw new IllegalArgumentException("No value supplied for key: " + dev.mino.runtime.printer.Printer.prStr(a[a.length - 1]));
    }

    private static Object assocMany(Object[] a) {
        if (a.length % 2 == 0) throw new IllegalArgumentException("assoc expects even number of arguments after map/vector, found odd number");
        Object m = a[0];
        for (int i = 1; i < a.length; i += 2) m = Colls.assoc(m, a[i], a[i + 1]);
        return m;
    }

    private static Object keysOrVals(Object m, boolean keys) {
        ISeq s = Seqs.seq(m);
        if (s == null) return null;
        Object[] out = new Object[Seqs.count(s)];
        int i = 0;
        for (; s != null; s = s.next()) {
            IMapEntry e = (IMapEntry) s.first();
            out[i++] = keys ? e.key() : e.val();
        }
        return Seqs.arraySeq(out, 0);
    }

    private static Object subvec(Object v, Object start, Object end) {
        int s = Numbers.toIndex(start);
        int e = Numbers.toIndex(end);
        IPersistentVector vec = (IPersistentVector) v;
        if (s < 0 || e > vec.count() || s > e) throw new IndexOutOfBoundsException();
        return PersistentVector.subvec(vec, s, e);
    }
}
