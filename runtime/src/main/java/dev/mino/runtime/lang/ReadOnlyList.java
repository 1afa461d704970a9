package dev.mino.runtime.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;

/**
 * java.util.List view shared by vectors and seqs: reads are answered from size/get/iterator, every
 * mutator throws UnsupportedOperationException, and membership uses Clojure's =.
 */
interface ReadOnlyList extends List<Object> {
    @Override default boolean isEmpty() { return size() == 0; }

    @Override default boolean contains(Object o) {
        for (Object x : this) {
            if (Equality.equiv(x, o)) return true;
        }
        return false;
    }

    @Override default boolean containsAll(Collection<?> c) {
        for (Object o : c) {
            if (!contains(o)) return false;
        }
        return true;
    }

    @Override default int indexOf(Object o) {
        int i = 0;
        for (Object x : this) {
            if (Equality.equiv(x, o)) return i;
            i++;
        }
        return -1;
    }

    @Override default int lastIndexOf(Object o) {
        int found = -1;
        int i = 0;
        for (Object x : this) {
            if (Equality.equiv(x, o)) found = i;
            i++;
        }
        return found;
    }

    @Override default Object[] toArray() {
        Object[] out = new Object[size()];
        int i = 0;
        for (Object x : this) out[i++] = x;
        return out;
    }

    @SuppressWarnings("unchecked")
    @Override default <T> T[] toArray(T[] a) {
        Object[] all = toArray();
        if (a.length < all.length) {
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), all.length);
        }
        System.arraycopy(all, 0, a, 0, all.length);
        if (a.length > all.length) a[all.length] = null;
        return a;
    }

    @Override default ListIterator<Object> listIterator() { return listIterator(0); }

    @Override default ListIterator<Object> listIterator(int index) {
        return Collections.unmodifiableList(new ArrayList<>(this)).listIterator(index);
    }

    @Override default List<Object> subList(int from, int to) {
        return Collections.unmodifiableList(new ArrayList<>(this).subList(from, to));
    }

    @Override default boolean add(Object o) { throw new UnsupportedOperationException(); }
    @Override default void add(int i, Object o) { throw new UnsupportedOperationException(); }
    @Override default Object set(int i, Object o) { throw new UnsupportedOperationException(); }
    @Override default boolean remove(Object o) { throw new UnsupportedOperationException(); }
    @Override default Object remove(int i) { throw new UnsupportedOperationException(); }
    @Override default boolean addAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override default boolean addAll(int i, Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override default boolean removeAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override default boolean retainAll(Collection<?> c) { throw new UnsupportedOperationException(); }
    @Override default void clear() { throw new UnsupportedOperationException(); }
}
