package dev.mino.runtime.core;

import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Counted;
import dev.mino.runtime.lang.Fn;
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
        lib.fn("list", "[& items]", "A list of the items.").rest(0, Seqs::list);
        lib.fn("vector", "[] [a] [a b] [a b c] [a b c d] [a b c d e] [a b c d e f] [a b c d e f & args]",
                "A vector of the arguments.")
                .rest(0, a -> PersistentVector.of(a));
        lib.fn("vec", "[coll]", "A vector of the items of coll.").a1(CollectionFns::vec);
        lib.fn("hash-map", "[] [& keyvals]",
                "A hash map of the alternating keys and values; a later value wins for a repeated key.")
                .rest(0, a -> { evenArgs(a, "hash-map"); return PersistentHashMap.create(a); });
        lib.fn("array-map", "[] [& keyvals]",
                "A map of the alternating keys and values that keeps them in the order given; a later value wins\n"
                + "  for a repeated key. Assoc'ing a new key onto one of more than 8 entries gives a hash map.")
                .rest(0, a -> { evenArgs(a, "array-map"); return PersistentArrayMap.createAsIfByAssoc(a); });
        lib.fn("seq-to-map-for-destructuring", "[s]",
                "The map that {:keys ...} destructuring of the seq s reads: its items as alternating keys and values\n"
                + "  in order (a trailing map merged in), or its single item when it has one.")
                .a1(s -> Seqs.next(s) != null ? PersistentArrayMap.createAsIfByAssoc(Seqs.toArray(s))
                        : Seqs.seq(s) != null ? Seqs.first(s) : PersistentArrayMap.EMPTY);
        lib.fn("hash-set", "[] [& keys]", "A hash set of the keys.").rest(0, a -> PersistentHashSet.create(a));
        lib.fn("set", "[coll]", "The items of coll gathered into a hash set (duplicates collapse).")
                .a1(c -> c instanceof IPersistentSet s ? withoutMeta(s) : PersistentHashSet.create(Seqs.toArray(c)));
        lib.fn("sorted-map", "[& keyvals]", "A map of the alternating keys and values, kept sorted by key with compare.")
                .rest(0, a -> { evenArgs(a, "sorted-map"); return PersistentTreeMap.create(a); });
        lib.fn("sorted-map-by", "[comparator & keyvals]",
                "A map of the alternating keys and values, kept sorted by key with comparator.")
                .rest(1, a -> PersistentTreeMap.createBy(Fn.comparator(a[0]), tail(a)));
        lib.fn("sorted-set", "[& keys]", "A set of the keys, kept sorted with compare.")
                .rest(0, a -> PersistentTreeSet.create(a));
        lib.fn("sorted-set-by", "[comparator & keys]", "A set of the keys, kept sorted with comparator.")
                .rest(1, a -> PersistentTreeSet.createBy(Fn.comparator(a[0]), tail(a)));
        lib.fn("count", "[coll]",
                "How many items coll holds: 0 for nil, the length of a string or array, the size of a Java collection or map.")
                .a1(c -> (long) Seqs.count(c));
        lib.fn("counted?", "[coll]", "True when coll knows its count without walking it.").a1(c -> c instanceof Counted);
        lib.fn("get", "[map key] [map key not-found]",
                "Looks key up in a map, set, vector (by index), string or array: its value, or not-found (default nil)\n"
                + "  when there is none.")
                .a2(Colls::get).a3(Colls::get);
        lib.fn("nth", "[coll index] [coll index not-found]",
                "The item at index in an indexed collection or seq; throws when out of range unless not-found is given.")
                .a2((c, i) -> Seqs.nth(c, Numbers.toIndex(i))).a3((c, i, nf) -> Seqs.nth(c, Numbers.toIndex(i), nf));
        lib.fn("assoc", "[map key val] [map key val & kvs]",
                "map with key mapped to val (and each further key to its value); on a vector, the key is an index\n"
                + "  no greater than its count.")
                .a3(Colls::assoc).rest(3, CollectionFns::assocMany);
        lib.fn("dissoc", "[map] [map key] [map key & ks]", "map without the given keys.")
                .a1(m -> m).a2(Colls::dissoc)
                .rest(2, a -> { Object m = a[0]; for (int i = 1; i < a.length; i++) m = Colls.dissoc(m, a[i]); return m; });
        lib.fn("conj", "[] [coll] [coll x] [coll x & xs]",
                "coll with x (and the xs) added where the collection adds cheaply: at the front of a list or seq, the\n"
                + "  end of a vector, into a set or map. (conj nil x) is a list; (conj) an empty vector.")
                .a0(() -> PersistentVector.EMPTY).a1(c -> c).a2(Colls::conj)
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = Colls.conj(c, a[i]); return c; });
        lib.fn("disj", "[set] [set key] [set key & ks]", "set without the given keys.")
                .a1(s -> s).a2(Colls::disj)
                .rest(2, a -> { Object s = a[0]; for (int i = 1; i < a.length; i++) s = Colls.disj(s, a[i]); return s; });
        lib.fn("contains?", "[coll key]",
                "True when key is present in coll: a key of a map, a member of a set, or an index of a vector,\n"
                + "  string or array. It does not search a list's values.")
                .a2(Colls::containsKey);
        lib.fn("find", "[map key]", "key's [key value] entry in map; nil when key is absent.").a2(Colls::find);
        lib.fn("key", "[e]", "The key of the map entry e.").a1(e -> ((IMapEntry) e).key());
        lib.fn("val", "[e]", "The value of the map entry e.").a1(e -> ((IMapEntry) e).val());
        lib.fn("keys", "[map]", "A seq of the keys of map, or nil when it is empty.").a1(m -> keysOrVals(m, true));
        lib.fn("vals", "[map]", "A seq of the values of map, or nil when it is empty.").a1(m -> keysOrVals(m, false));
        lib.fn("empty", "[coll]",
                "coll with no items, of the same type and with the same metadata; nil when coll is not a collection.")
                .a1(Colls::empty);
        lib.fn("peek", "[coll]", "The item pop would remove: the first of a list or queue, the last of a vector.")
                .a1(c -> c == null ? null : ((IPersistentStack) c).peek());
        lib.fn("pop", "[coll]", "The collection without the item peek returns; throws when it is empty.")
                .a1(c -> c == null ? null : ((IPersistentStack) c).pop());
        lib.fn("rseq", "[rev]",
                "A reverse-order seq over the vector or sorted collection rev, made without walking it; nil when empty.")
                .a1(c -> ((Reversible) c).rseq());
        lib.fn("subvec", "[v start] [v start end]",
                "A vector of the items of v at indexes start up to but not including end (default: to the end), made\n"
                + "  in constant time over v's own structure.")
                .a2((v, s) -> subvec(v, s, Seqs.count(v))).a3((v, s, e) -> subvec(v, s, e));
        lib.fn("transient", "[coll]",
                "A transient copy of the vector, map or set coll, for fast updates in place with the ! functions.")
                .a1(c -> ((IEditableCollection) c).asTransient());
        lib.fn("persistent!", "[coll]", "Ends the transient coll's updates and returns it as a persistent collection.")
                .a1(c -> ((ITransientCollection) c).persistent());
        lib.fn("conj!", "[] [coll] [coll x]", "Adds x to the transient coll; use the returned value.")
                .a0(() -> PersistentVector.EMPTY.asTransient()).a1(c -> c).a2((c, x) -> ((ITransientCollection) c).conj(x));
        lib.fn("assoc!", "[coll key val] [coll key val & kvs]",
                "Maps key to val (and more pairs) in the transient coll; use the returned value.")
                .a3((c, k, v) -> ((ITransientAssociative) c).assoc(k, v))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i + 1 < a.length; i += 2) c = ((ITransientAssociative) c).assoc(a[i], a[i + 1]); return c; });
        lib.fn("dissoc!", "[map key] [map key & ks]", "Removes the keys from the transient map; use the returned value.")
                .a2((c, k) -> ((ITransientMap) c).without(k))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = ((ITransientMap) c).without(a[i]); return c; });
        lib.fn("disj!", "[set] [set key] [set key & ks]", "Removes the keys from the transient set; use the returned value.")
                .a1(c -> c).a2((c, k) -> ((ITransientSet) c).disjoin(k))
                .rest(3, a -> { Object c = a[0]; for (int i = 1; i < a.length; i++) c = ((ITransientSet) c).disjoin(a[i]); return c; });
        lib.fn("pop!", "[coll]", "Removes the last item of the transient vector; use the returned value.")
                .a1(c -> ((ITransientVector) c).pop());
        lib.fn("sorted?", "[coll]", "True when coll is a sorted map or sorted set.").a1(c -> c instanceof Sorted);
        lib.fn("shuffle", "[coll]", "A vector of the items of coll in a random order.").a1(CollectionFns::shuffle);
        lib.fn("indexed?", "[coll]", "True when coll reaches items by index in constant time (a vector).")
                .a1(c -> c instanceof Indexed);
        lib.fn("map-entry?", "[x]", "True when x is a map entry.").a1(c -> c instanceof java.util.Map.Entry);
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
        if (!Seqs.isSeqable(c)) {
            // Clojure's vec copies into an array first, and says so.
            throw new RuntimeException("Unable to convert: class " + Printing.className(c.getClass()) + " to Object[]");
        }
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
