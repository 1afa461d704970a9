package dev.mino.runtime.lang;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * Behaviour every vector shares, written against count() and nth(i): lookup by integer key, =, hashing,
 * Clojure's vector ordering (length first), reduce, and the read-only java.util.List view.
 */
public abstract class APersistentVector
        implements IPersistentVector, ReadOnlyList, RandomAccess, Comparable<Object>, IHashEq, IObj, IReduce, IKVReduce {

    /** Clojure's rule for keys that index a vector: integer types, compared by their int value. */
    static boolean isIntegerKey(Object key) {
        return key instanceof Long || key instanceof Integer || key instanceof BigInteger;
    }

    @Override public IPersistentMap meta() { return null; }

    @Override public ISeq seq() {
        return count() == 0 ? null : new IndexedSeq(this, 0);
    }

    @Override public ISeq rseq() {
        int n = count();
        return n == 0 ? null : new IndexedRSeq(this, n - 1);
    }

    @Override public Object nth(int i, Object notFound) {
        return i >= 0 && i < count() ? nth(i) : notFound;
    }

    @Override public Object peek() {
        int n = count();
        return n > 0 ? nth(n - 1) : null;
    }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        if (isIntegerKey(key)) {
            int i = ((Number) key).intValue();
            if (i >= 0 && i < count()) return nth(i);
        }
        return notFound;
    }

    @Override public boolean containsKey(Object key) {
        if (!isIntegerKey(key)) return false;
        int i = ((Number) key).intValue();
        return i >= 0 && i < count();
    }

    @Override public IMapEntry entryAt(Object key) {
        if (isIntegerKey(key)) {
            int i = ((Number) key).intValue();
            if (i >= 0 && i < count()) return new MapEntry(key, nth(i));
        }
        return null;
    }

    @Override public IPersistentVector assoc(Object key, Object val) {
        if (isIntegerKey(key)) return assocN(((Number) key).intValue(), val);
        throw new IllegalArgumentException("Key must be integer");
    }

    @Override public boolean equiv(Object o) {
        return this == o || Equality.sequentialEquiv(this, o);
    }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof IPersistentVector v) {
            int n = count();
            if (n != v.count()) return false;
            for (int i = 0; i < n; i++) {
                if (!java.util.Objects.equals(nth(i), v.nth(i))) return false;
            }
            return true;
        }
        return Equality.sequentialEquals(this, o);
    }

    @Override public int hashCode() { return computeHashCode(); }
    @Override public int hasheq() { return computeHasheq(); }

    protected final int computeHashCode() {
        int h = 1;
        for (int i = 0, n = count(); i < n; i++) {
            Object x = nth(i);
            h = 31 * h + (x == null ? 0 : x.hashCode());
        }
        return h;
    }

    protected final int computeHasheq() {
        int h = 1;
        int n = count();
        for (int i = 0; i < n; i++) h = 31 * h + Hashing.hasheq(nth(i));
        return Murmur3.mixCollHash(h, n);
    }

    /** Shorter vectors sort first; equal lengths compare element by element. */
    @Override public int compareTo(Object o) {
        if (!(o instanceof IPersistentVector v)) {
            throw new MinoException(Printing.className(o == null ? Object.class : o.getClass())
                    + " cannot be cast to clojure.lang.IPersistentVector");
        }
        int n = count();
        int m = v.count();
        if (n != m) return n < m ? -1 : 1;
        for (int i = 0; i < n; i++) {
            int c = DefaultComparator.compareValues(nth(i), v.nth(i));
            if (c != 0) return c;
        }
        return 0;
    }

    @Override public Object reduce(Fn f) {
        int n = count();
        if (n == 0) return f.invoke();
        Object acc = nth(0);
        for (int i = 1; i < n; i++) {
            acc = f.invoke(acc, nth(i));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int i = 0, n = count(); i < n; i++) {
            acc = f.invoke(acc, nth(i));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object kvreduce(Fn f, Object init) {
        Object acc = init;
        for (int i = 0, n = count(); i < n; i++) {
            acc = f.invoke(acc, (long) i, nth(i));
            if (acc instanceof Reduced r) return r.deref();
        }
        return acc;
    }

    @Override public int size() { return count(); }
    @Override public Object get(int i) { return nth(i); }

    @Override public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int i;

            @Override public boolean hasNext() { return i < count(); }

            @Override public Object next() {
                if (i >= count()) throw new NoSuchElementException();
                return nth(i++);
            }
        };
    }

    @Override public java.util.List<Object> subList(int from, int to) {
        return (APersistentVector) SubVector.create(this, from, to);
    }

    @Override public String toString() { return Printing.pr(this); }
}
