package dev.mino.runtime.lang;

/** The ClassCastException Clojure's casts throw, worded as the JVM words it, with Clojure's class names. */
public final class CastErrors {
    private CastErrors() {}

    /** x cannot be cast to the class named target (a Clojure or Java class name). */
    public static ClassCastException of(Object x, String target) {
        return new ClassCastException("class " + (x == null ? "nil" : Printing.className(x.getClass()))
                + " cannot be cast to class " + target);
    }
}
