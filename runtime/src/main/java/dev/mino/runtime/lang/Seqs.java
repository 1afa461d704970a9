package dev.mino.runtime.lang;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/** The seq functions the runtime calls on arbitrary values: seq, first, next, rest, cons, count, nth, reduce. */
public final class Seqs {
    private static final Object[] NO_OBJECTS = new Object[0];

    private Seqs() {}

    /**
     * (seq coll): nil for nil or an empty collection. Works for seqs and Seqables, strings (characters),
     * Java arrays, Iterables and java.util.Maps (entries as MapEntry).
     */
    public static ISeq seq(Object coll) {
        if (coll instanceof ASeq s) return s.seq(); // the common case, tested first: a class check, not an interface one
        if (coll == null) return null;
        if (coll instanceof Seqable s) return s.seq();
        if (coll instanceof CharSequence cs) return StringSeq.create(cs);
        if (coll instanceof Object[] a) return ArraySeq.create(a, 0);
        if (coll.getClass().isArray()) return PrimitiveArraySeq.create(coll);
        if (coll instanceof Iterable<?> it) return IteratorSeq.create(it.iterator());
        if (coll instanceof Map<?, ?> m) return IteratorSeq.create(entries(m));
        // Clojure's classes of error, so that programs catching them catch mino's too.
        throw new IllegalArgumentException("Don't know how to create ISeq from: " + Printing.className(coll.getClass()));
    }

    private static Iterator<Object> entries(Map<?, ?> m) {
        Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public Object next() {
                Map.Entry<?, ?> e = it.next();
                return new MapEntry(e.getKey(), e.getValue());
            }
        };
    }

    public static Object first(Object coll) {
        if (coll instanceof ISeq s) return s.first();
        ISeq s = seq(coll);
        return s == null ? null : s.first();
    }

    public static ISeq next(Object coll) {
        if (coll instanceof ISeq s) return s.next();
        ISeq s = seq(coll);
        return s == null ? null : s.next();
    }

    /** (rest coll): never nil; the empty list past the end. */
    public static ISeq rest(Object coll) {
        if (coll instanceof ISeq s) return s.more();
        ISeq s = seq(coll);
        return s == null ? PersistentList.EMPTY : s.more();
    }

    /** (cons x coll). */
    public static ISeq cons(Object x, Object coll) {
        if (coll == null) return new PersistentList(x);
        if (coll instanceof ISeq s) return new Cons(x, s);
        return new Cons(x, seq(coll));
    }

    /** (count coll): O(1) for counted collections; seqs walk (stopping early at a counted tail). */
    public static int count(Object coll) {
        if (coll instanceof Counted c) return c.count();
        if (coll == null) return 0;
        if (coll instanceof IPersistentCollection pc) return pc.count();
        if (coll instanceof CharSequence cs) return cs.length();
        if (coll instanceof Collection<?> c) return c.size();
        if (coll instanceof Map<?, ?> m) return m.size();
        if (coll instanceof Map.Entry<?, ?>) return 2;
        if (coll.getClass().isArray()) return Array.getLength(coll);
        throw new UnsupportedOperationException("count not supported on this type: " + coll.getClass().getSimpleName());
    }

    /** (nth coll i): throws IndexOutOfBoundsException for a bad index; (nth nil i) is nil. */
    public static Object nth(Object coll, int i) {
        if (coll instanceof Indexed ix) return ix.nth(i);
        if (coll == null) return null;
        if (coll instanceof CharSequence cs) {
            if (i < 0 || i >= cs.length()) throw new IndexOutOfBoundsException();
            return cs.charAt(i);
        }
        if (coll instanceof Object[] a) {
            if (i < 0 || i >= a.length) throw new IndexOutOfBoundsException();
            return a[i];
        }
        if (coll.getClass().isArray()) {
            if (i < 0 || i >= Array.getLength(coll)) throw new IndexOutOfBoundsException();
            return Array.get(coll, i);
        }
        if (coll instanceof List<?> l && coll instanceof RandomAccess) {
            if (i < 0 || i >= l.size()) throw new IndexOutOfBoundsException();
            return l.get(i);
        }
        if (coll instanceof Map.Entry<?, ?> e) {
            if (i == 0) return e.getKey();
            if (i == 1) return e.getValue();
            throw new IndexOutOfBoundsException();
        }
        if (coll instanceof Sequential || coll instanceof List) {
            ISeq s = i < 0 ? null : seq(coll);
            for (int j = 0; j < i && s != null; j++) s = s.next();
            if (s == null) throw new IndexOutOfBoundsException();
            return s.first();
        }
        throw new UnsupportedOperationException("nth not supported on this type: " + coll.getClass().getSimpleName());
    }

    /** (nth coll i not-found). */
    public static Object nth(Object coll, int i, Object notFound) {
        if (coll instanceof Indexed ix) return ix.nth(i, notFound);
        if (coll == null || i < 0) return notFound;
        if (coll instanceof CharSequence cs) return i < cs.length() ? (Object) cs.charAt(i) : notFound;
        if (coll instanceof Object[] a) return i < a.length ? a[i] : notFound;
        if (coll.getClass().isArray()) return i < Array.getLength(coll) ? Array.get(coll, i) : notFound;
        if (coll instanceof List<?> l && coll instanceof RandomAccess) return i < l.size() ? l.get(i) : notFound;
        if (coll instanceof Map.Entry<?, ?> e) return i == 0 ? e.getKey() : i == 1 ? e.getValue() : notFound;
        if (coll instanceof Sequential || coll instanceof List) {
            ISeq s = seq(coll);
            for (int j = 0; j < i && s != null; j++) s = s.next();
            return s == null ? notFound : s.first();
        }
        throw new UnsupportedOperationException("nth not supported on this type: " + coll.getClass().getSimpleName());
    }

    /** The elements of coll as a fresh array (nil gives an empty array). */
    /** Whether seq accepts x: nil, collections, strings, arrays, Iterables and Java maps (seqable?). */
    public static boolean isSeqable(Object x) {
        return x == null || x instanceof Seqable || x instanceof String || x instanceof Iterable || x.getClass().isArray()
                || x instanceof java.util.Map;
    }

    public static Object[] toArray(Object coll) {
        if (coll == null) return NO_OBJECTS;
        if (coll instanceof Object[] a) return a.clone();
        if (coll instanceof ArraySeq as) return as.toArray();
        if (coll instanceof Collection<?> c) return c.toArray();
        if (coll instanceof CharSequence cs) {
            Object[] out = new Object[cs.length()];
            for (int i = 0; i < out.length; i++) out[i] = cs.charAt(i);
            return out;
        }
        if (coll.getClass().isArray()) {
            Object[] out = new Object[Array.getLength(coll)];
            for (int i = 0; i < out.length; i++) out[i] = Array.get(coll, i);
            return out;
        }
        ISeq s = seq(coll);
        Object[] out = new Object[count(s)];
        for (int i = 0; s != null; s = s.next(), i++) out[i] = s.first();
        return out;
    }

    /** (list x ...). */
    public static IPersistentList list(Object... xs) {
        return PersistentList.create(xs);
    }

    /** The seq of xs[offset..] sharing xs (rest args), or nil when that is empty. */
    public static ISeq arraySeq(Object[] xs, int offset) {
        return ArraySeq.create(xs, offset);
    }

    /** (reduce f coll): IReduce collections reduce themselves; a Reduced result is unwrapped. */
    public static Object reduce(Fn f, Object coll) {
        Object r;
        if (coll instanceof IReduce ir) {
            r = ir.reduce(f);
        } else {
            ISeq s = seq(coll);
            if (s == null) return f.invoke();
            r = reduceSeq(f, s.first(), s.next());
        }
        return r instanceof Reduced red ? red.deref() : r;
    }

    /** (reduce f init coll). */
    public static Object reduce(Fn f, Object init, Object coll) {
        Object r;
        if (coll instanceof IReduce ir) {
            r = ir.reduce(f, init);
        } else if (coll instanceof Iterable<?> it && !(coll instanceof ISeq)) {
            r = init;
            for (Object x : it) {
                r = f.invoke(r, x);
                if (r instanceof Reduced) break;
            }
        } else {
            r = reduceSeq(f, init, seq(coll));
        }
        return r instanceof Reduced red ? red.deref() : r;
    }

    /**
     * Reduces a seq, a whole chunk at a time where it is chunked (no cell per element), noticing
     * future-cancel between chunks.
     */
    private static Object reduceSeq(Fn f, Object acc, ISeq s) {
        while (s != null) {
            if (s instanceof IChunkedSeq cs) {
                Safepoint.poll();
                acc = cs.chunkedFirst().reduce(f, acc);
                s = acc instanceof Reduced ? null : cs.chunkedNext();
            } else {
                acc = f.invoke(acc, s.first());
                s = acc instanceof Reduced ? null : s.next();
            }
        }
        return acc;
    }

    /** (reduce-kv f init coll) over maps and vectors; a Reduced result is unwrapped. */
    public static Object kvreduce(Fn f, Object init, Object coll) {
        if (coll == null) return init;
        if (coll instanceof IKVReduce kv) return kv.kvreduce(f, init);
        if (!(coll instanceof Map<?, ?> m)) {
            throw new MinoException("reduce-kv not supported on this type: " + coll.getClass().getSimpleName());
        }
        Object r = init;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            r = f.invoke(r, e.getKey(), e.getValue());
            if (r instanceof Reduced red) return red.deref();
        }
        return r;
    }

    /** (unreduced x): the value inside a Reduced, else x. */
    public static Object unreduced(Object x) {
        return x instanceof Reduced r ? r.deref() : x;
    }
}
