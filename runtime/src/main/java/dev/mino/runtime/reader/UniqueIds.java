package dev.mino.runtime.reader;

import java.util.concurrent.atomic.AtomicInteger;

/** Process-wide counter for generated names (x# gensyms, #() parameters), like Clojure's RT.nextID. */
public final class UniqueIds {
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private UniqueIds() {}

    public static int next() {
        return NEXT.getAndIncrement();
    }
}
