package dev.mino.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Keywords are interned JVM-wide but held weakly: identical while held, collectable once dropped. */
class KeywordTableTest {
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** A name no other test interns, so only this test decides whether its keyword is held. */
    private static Symbol uniqueName() {
        return Symbol.of("keyword-table-test", "k" + UNIQUE.incrementAndGet() + "-" + System.nanoTime());
    }

    @Test void aKeywordNoOneHoldsIsCollected() throws InterruptedException {
        Symbol name = uniqueName();
        internAndDrop(name);
        // Bounded: a JVM that never clears the reference fails the test instead of hanging it.
        for (int i = 0; i < 50 && Keyword.find(name) != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(Keyword.find(name), "an unreferenced keyword leaves the table");
        Keyword again = Keyword.of(name);
        assertEquals(name, again.sym(), "interning the name again makes a fresh keyword");
        assertSame(again, Keyword.of(name));
    }

    private static void internAndDrop(Symbol name) {
        Keyword k = Keyword.of(name);
        assertSame(k, Keyword.find(name));
    }

    @Test void aHeldKeywordStaysIdentical() throws InterruptedException {
        Symbol name = uniqueName();
        Keyword held = Keyword.of(name);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(5);
        }
        assertSame(held, Keyword.find(name));
        assertSame(held, Keyword.of(name.getNamespace(), name.getName()));
        assertSame(held, Keyword.of(name.withMeta(PersistentArrayMap.EMPTY.assoc(held, true))), "metadata plays no part");
    }

    @Test void findNeverInterns() {
        Symbol name = uniqueName();
        assertNull(Keyword.find(name));
        assertNull(Keyword.find(name));
        assertNotNull(Keyword.of(name));
    }

    @Test void threadsInterningOneNameGetOneKeyword() throws Exception {
        Symbol name = uniqueName();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Keyword>> made = pool.invokeAll(Collections.nCopies(64, () -> Keyword.of(name)));
            Keyword first = made.get(0).get();
            for (Future<Keyword> f : made) assertSame(first, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
