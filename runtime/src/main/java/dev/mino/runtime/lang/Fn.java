package dev.mino.runtime.lang;

/**
 * Everything callable from mino. Fixed arities 0..4 avoid an argument array on the common calls;
 * invokeN covers the rest. An implementation overrides the arities it has; the others throw the
 * Clojure-shaped arity error. Variadic functions extend {@link VariadicFn} instead.
 */
public abstract class Fn {
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

    /** apply: calls with the elements of a seq. Variadic closures override this to keep the rest lazy. */
    public Object applyTo(ISeq args) {
        return invokeN(Seqs.toArray(args));
    }

    public MinoException arityError(int n) {
        return new MinoException("Wrong number of args (" + n + ") passed to: " + name());
    }
}
