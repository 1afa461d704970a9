package dev.mino.runtime.lang;

/** Clojure truthiness: everything but nil and false is true. */
public final class Truth {
    private Truth() {}

    public static boolean isTruthy(Object x) {
        return x != null && x != Boolean.FALSE && !(x instanceof Boolean b && !b);
    }
}
