package dev.mino.runtime.lang;

import java.util.Comparator;
import java.util.concurrent.Callable;

/**
 * Everything callable from mino. Fixed arities 0..4 avoid an argument array on the common calls;
 * invokeN covers the rest. An implementation overrides the arities it has; the others throw the
 * Clojure-shaped arity error. Variadic functions extend {@link VariadicFn} instead.
 * <p>
 * As Clojure's IFn it is a Runnable and a Callable (a fn can start a Thread or go to an executor), and as
 * its AFunction a Comparator; only fns are comparators (see {@link #isFunction}).
 */
public abstract class Fn implements Runnable, Callable<Object>, Comparator<Object> {
    /** Name used in error messages, e.g. "user/f" or "clojure.core/map". */
    public String name() {
        return getClass().getSimpleName();
    }

    public Object invoke() { throw arityError(0); }
    public Object invoke(Object a) { throw arityError(1); }
    public Object invoke(Object a, Object b) { throw arityError(2); }
    public Object invoke(Object a, Object b, Object c) { throw arityError(3); }
    public Object invoke(Object a, Object b, Object c, Object d) { throw arityError(4); }

    /** Calls with an argument array of any length. */
    public Object invokeN(Object[] args) {
        return switch (args.length) {
            case 0 -> invoke();
            case 1 -> invoke(args[0]);
            case 2 -> invoke(args[0], args[1]);
            case 3 -> invoke(args[0], args[1], args[2]);
            case 4 -> invoke(args[0], args[1], args[2], args[3]);
            default -> throw arityError(args.length);
        };
    }

    /** Calls with first, then the elements of rest: how swap!, alter, commute and send call with a reference's value. */
    public Object invokeWithFirst(Object first, Object[] rest) {
        Object[] args = new Object[rest.length + 1];
        args[0] = first;
        System.arraycopy(rest, 0, args, 1, rest.length);
        return invokeN(args);
    }

    /** apply: calls with the elements of a seq. Variadic closures override this to keep the rest lazy. */
    public Object applyTo(ISeq args) {
        return invokeN(Seqs.toArray(args));
    }

    @Override public void run() { invoke(); }

    @Override public Object call() { return invoke(); }

    /**
     * Whether Clojure's counterpart is a fn (an AFunction, which is a java.util.Comparator). Keywords,
     * multimethods, promises and deftype instances are IFns but no comparators: they override this.
     */
    public boolean isFunction() { return true; }

    /**
     * As Clojure's AFunction: a fn returning a number is a three-way comparator, one returning a boolean a
     * "less than" predicate: (f a b) true means a first, else (f b a) true means b first, else they tie.
     */
    @Override public int compare(Object a, Object b) {
        if (!isFunction()) throw notComparator(this);
        Object r = invoke(a, b);
        if (r instanceof Number n) return n.intValue();
        if (r != null && !(r instanceof Boolean)) {
            throw castError(r, "java.lang.Number");
        }
        if (truthy(r)) return -1;
        return truthy(invoke(b, a)) ? 1 : 0;
    }

    /** f as the comparator sort and sorted-map-by take: a Java Comparator or a fn, else Clojure's cast error. */
    @SuppressWarnings("unchecked")
    public static Comparator<Object> comparator(Object f) {
        if (f instanceof Comparator<?> c && !(f instanceof Fn fn && !fn.isFunction())) return (Comparator<Object>) c;
        throw notComparator(f);
    }

    private static ClassCastException notComparator(Object f) {
        return castError(f, "java.util.Comparator");
    }

    private static ClassCastException castError(Object x, String target) {
        return CastErrors.of(x, target);
    }

    private static boolean truthy(Object x) {
        return x != null && !(x instanceof Boolean b && !b);
    }

    public MinoException arityError(int n) {
        return new MinoException("Wrong number of args (" + n + ") passed to: " + name());
    }
}
