package dev.mino.runtime.lang;

import java.util.Collection;
import java.util.Set;

/**
 * Behaviour every set shares, over a backing map whose keys are the elements: membership, =, hashing
 * (cached), reduce, and the read-only java.util.Set view.
 */
public abstract class APersistentSet implements IPersistentSet, Set<Object>, IHashEq, IObj, IReduce {
    private int hash;
    private int hasheq;

    /** The map whose keys are this set's elements (each mapped to itself). */
    abstract IPersistentMap impl();

    @Override public int count() { return impl().count(); }
    @Override public boolean contains(Object key) { return impl().containsKey(key); }

    /** The element = to key, or nil. */
    @Override public Object get(Object key) { return impl().valAt(key); }

    @Override public boolean equiv(Object o) {
        return this == o || Equality.setEquiv(this, o);
    }

    @Override public boolean equals(Object o) {
        return this == o || Equality.setEquals(this, o);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (Object x : this) h += x == null ? 0 : x.hashCode();
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            int sum = 0;
            for (Object x : this) sum += Hashing.hasheq(x);
            h = Murmur3.mixCollHash(sum, count());
            hasheq = h;
        }
        return h;
    }

    @Override public Object reduce(Fn f) { return IReduce.reduceItems(f, iterator()); }

    @Override public Object reduce(Fn f, Object init) { return IReduce.reduceItems(f, init, this); }

    // ---- java.util.Set, read-only ----

    @Override public int size() { return count(); }
    @Override public boolean isEmpty() { return count() == 0; }

    @Override public boolean containsAll(Collection<?> c) {
        for (Object o : c) {
            if (!contains(o)) return false;
        }
        return true;
    }

    @Override public Object[] toArray() {
        Object[] out = new Object[count()];
        int i = 0;
        for (Object x : this) out[i++] = x;
        return out;
    }

    @SuppressWarnings("unchecked")
    @Override public <T> T[] toArray(T[] a) {
        Object[] all = toArray();
        if (a.length < all.length) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), all.length);
        }
        System.arraycopy(all, 0, a, 0, all.length);
        if (a.length > all.length) a[all.length] = null;
        return a;
    }

    @Override public boolean add(Object o) { throw new UnsupportedOperationException(); }
    @Override public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    @Override public boolean addAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override public boolean retainAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override public boolean removeAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override public void clear() { throw new UnsupportedOperationException(); }

    @Override public String toString() { return Printing.pr(this); }
}
