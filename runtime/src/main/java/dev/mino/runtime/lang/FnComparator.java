package dev.mino.runtime.lang;

import java.util.Comparator;

/**
 * A mino function used as a comparator (sort, sorted-map-by). Like Clojure, a function returning a
 * number is a three-way comparator, and one returning a boolean is a "less than" predicate: (f a b) true
 * means a first, else (f b a) true means b first, else they tie.
 */
public final class FnComparator implements Comparator<Object> {
    private final Fn f;

    public FnComparator(Fn f) {
        this.f = f;
    }

    /** A Java Comparator passes through; a mino Fn is wrapped. */
    @SuppressWarnings("unchecked")
    public static Comparator<Object> of(Object f) {
        if (f instanceof Comparator<?> c) return (Comparator<Object>) c;
        if (f instanceof Fn fn) return new FnComparator(fn);
        throw new MinoException(Printing.className(f == null ? Object.class : f.getClass())
                + " cannot be cast to java.util.Comparator");
    }

    public Fn fn() { return f; }

    @Override public int compare(Object a, Object b) {
        Object r = f.invoke(a, b);
        if (r instanceof Number n) return n.intValue();
        if (r != null && !(r instanceof Boolean)) {
            throw new MinoException(Printing.className(r.getClass()) + " cannot be cast to java.lang.Number");
        }
        if (truthy(r)) return -1;
        return truthy(f.invoke(b, a)) ? 1 : 0;
    }

    private static boolean truthy(Object x) {
        return x != null && !(x instanceof Boolean b && !b);
    }
}
