package dev.mino.runtime.lang;

/**
 * A fn whose implementation is chosen by the type of its first argument (a protocol method). Execution tiers
 * cache, per call site, the implementation found for a receiver's dispatch key while
 * {@link #dispatchVersion()} is unchanged, and call it directly.
 */
public interface TypeDispatch {
    /**
     * The key under which x's implementation may be cached (its type; nil needs a non-null key too), or null
     * when it must be looked up on every call (e.g. a reify instance, or metadata-extended receivers).
     */
    Object dispatchKey(Object x);

    /** The fn a call with receiver x and argc arguments runs; throws what that call would throw when there is none. */
    Fn implementation(Object x, int argc);

    /** Changes whenever an implementation is added or replaced (extend, extend-type, extend-protocol, ...). */
    int dispatchVersion();
}
