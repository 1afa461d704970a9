package dev.mino.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySeqTest {
    /** (iterate inc from) written with lazy-seq, counting how many cells were realised. */
    private static LazySeq naturals(long from, AtomicInteger realised) {
        return new LazySeq(TestFns.fn0(() -> {
            realised.incrementAndGet();
            return new Cons(from, naturals(from + 1, realised));
        }));
    }

    @Test void realisesOnlyWhatIsUsed() {
        AtomicInteger realised = new AtomicInteger();
        LazySeq s = naturals(0, realised);
        assertEquals(0, realised.get());
        assertFalse(s.isRealized());
        assertEquals(0L, s.first());
        assertEquals(1, realised.get());
        assertTrue(s.isRealized());
        ISeq tail = s.more();
        assertEquals(1, realised.get());
        assertEquals(1L, tail.first());
        assertEquals(2, realised.get());
        s.first();
        s.seq();
        assertEquals(2, realised.get());
        Object third = Seqs.nth(s, 2);
        assertEquals(2L, third);
        assertEquals(3, realised.get());
    }

    @Test void thunkRunsOnceAcrossThreads() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        LazySeq s = new LazySeq(TestFns.fn0(() -> {
            calls.incrementAndGet();
            return PersistentVector.of(1L);
        }));
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(s::seq);
            threads[i].start();
        }
        for (Thread t : threads) t.join();
        assertEquals(1, calls.get());
    }

    @Test void deeplyNestedLazySeqsUnwrapWithoutRecursion() {
        Object inner = PersistentVector.of("end");
        for (int i = 0; i < 200_000; i++) {
            Object wrapped = inner;
            inner = new LazySeq(TestFns.fn0(() -> wrapped));
        }
        assertEquals("end", ((LazySeq) inner).first());
    }

    @Test void emptyAndNil() {
        LazySeq empty = new LazySeq(TestFns.fn0(() -> null));
        assertNull(empty.seq());
        assertNull(empty.first());
        assertNull(empty.next());
        assertSame(PersistentList.EMPTY, empty.more());
        assertEquals(0, empty.count());
        assertEquals(PersistentList.EMPTY, empty);
        assertTrue(empty.equiv(PersistentVector.EMPTY));
    }

    @Test void failingThunkRetries() {
        AtomicInteger calls = new AtomicInteger();
        LazySeq s = new LazySeq(TestFns.fn0(() -> {
            if (calls.incrementAndGet() == 1) throw new MinoException("boom");
            return List.of(1L);
        }));
        assertThrows(MinoException.class, s::seq);
        assertEquals(1L, s.first());
        assertEquals(2, calls.get());
    }

    @Test void longLazyChainsWalkAndCount() {
        AtomicInteger realised = new AtomicInteger();
        LazySeq s = naturals(0, realised);
        ISeq cur = s;
        for (int i = 0; i < 100_000; i++) cur = cur.next();
        assertEquals(100_000L, cur.first());
        assertEquals(Seqs.count(Range.create(5)), 5);
    }

    @Test void toStringIsClojures() {
        LazySeq s = new LazySeq(TestFns.fn0(() -> PersistentVector.of(2L, 3L)));
        assertEquals("clojure.lang.LazySeq@" + Integer.toHexString(List.of(2L, 3L).hashCode()), s.toString());
    }

    @Test void withMetaRealises() {
        LazySeq s = new LazySeq(TestFns.fn0(() -> PersistentVector.of(1L)));
        IPersistentMap meta = Colls.arrayMap(Keyword.of("m"), true);
        LazySeq m = s.withMeta(meta);
        assertSame(meta, m.meta());
        assertEquals(s, m);
    }
}
