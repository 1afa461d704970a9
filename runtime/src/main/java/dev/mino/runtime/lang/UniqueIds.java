package dev.mino.runtime.lang;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counter behind generated names (gensym, x#, #() parameters, fn and destructuring names), like Clojure's
 * RT.nextID. Each state owns one, so the names one state prints never depend on what another state did.
 */
public final class UniqueIds {
    /** For reading outside any state (ReaderContext.STANDALONE): one counter shared by all such readers. */
    public static final UniqueIds STATELESS = new UniqueIds();

    private final AtomicInteger next = new AtomicInteger(1);

    public int next() {
        return next.getAndIncrement();
    }
}
