package dev.mino.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersistentVectorTest {
    /** Sizes on both sides of every trie boundary up to three levels. */
    private static final int[] SIZES = {0, 1, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 1056, 1057, 1088,
        32767, 32768, 32769, 32800, 32801, 32900};

    private static PersistentVector build(int n) {
        PersistentVector v = PersistentVector.EMPTY;
        for (int i = 0; i < n; i++) v = v.cons((long) i);
        return v;
    }

    private static void assertHolds(IPersistentVector v, int n) {
        assertEquals(n, v.count());
        for (int i = 0; i < n; i++) assertEquals((long) i, v.nth(i), "index " + i);
        assertThrows(IndexOutOfBoundsException.class, () -> v.nth(n));
        assertThrows(IndexOutOfBoundsException.class, () -> v.nth(-1));
    }

    @Test void consAcrossTrieBoundaries() {
        for (int n : SIZES) assertHolds(build(n), n);
    }

    @Test void popBackThroughEveryBoundary() {
        PersistentVector v = build(33000);
        for (int n = 33000; n > 0; n--) {
            assertEquals(n, v.count());
            assertEquals((long) (n - 1), v.peek());
            if (n % 997 == 0 || n == 32769 || n == 32768 || n == 1025 || n == 1024 || n == 33 || n == 32) {
                assertHolds(v, n);
            }
            v = v.pop();
        }
        assertEquals(0, v.count());
        assertNull(v.seq());
        assertThrows(IllegalStateException.class, v::pop);
        PersistentVector again = v;
        for (int i = 0; i < 40; i++) again = again.cons((long) i).pop().cons((long) i);
        assertEquals(build(40), again);
    }

    @Test void persistenceAfterEdits() {
        PersistentVector v = build(2000);
        PersistentVector w = v.assocN(5, "x").assocN(1999, "y").cons("z").pop().pop();
        assertHolds(v, 2000);
        assertEquals("x", w.nth(5));
        assertEquals(1999, w.count());
        assertEquals(2000, v.assocN(2000, "new").pop().count());
        assertThrows(IndexOutOfBoundsException.class, () -> v.assocN(2001, "bad"));
    }

    @Test void transientMatchesPersistent() {
        for (int n : SIZES) {
            TransientVector t = PersistentVector.EMPTY.asTransient();
            for (int i = 0; i < n; i++) t.conj((long) i);
            PersistentVector p = t.persistent();
            assertHolds(p, n);
            assertEquals(build(n), p);
            assertThrows(IllegalAccessError.class, () -> t.conj(1L));
        }
    }

    @Test void transientPopAndAssocKeepSourceIntact() {
        PersistentVector source = build(1100);
        TransientVector t = source.asTransient();
        for (int i = 0; i < 1100; i += 7) t.assocN(i, -1L);
        for (int i = 0; i < 80; i++) t.pop();
        t.conj("end");
        PersistentVector p = t.persistent();
        assertHolds(source, 1100);
        assertEquals(1021, p.count());
        assertEquals(-1L, p.nth(0));
        assertEquals(1L, p.nth(1));
        assertEquals("end", p.nth(1020));
        TransientVector small = PersistentVector.of(1L).asTransient();
        small.pop();
        assertEquals(PersistentVector.EMPTY, small.persistent());
    }

    @Test void randomOperationsAgainstArrayList() {
        Random rnd = new Random(7);
        List<Object> model = new ArrayList<>();
        PersistentVector v = PersistentVector.EMPTY;
        for (int step = 0; step < 60000; step++) {
            int op = rnd.nextInt(10);
            if (op < 6 || model.isEmpty()) {
                v = v.cons((long) step);
                model.add((long) step);
            } else if (op < 8) {
                int i = rnd.nextInt(model.size());
                v = v.assocN(i, "s" + step);
                model.set(i, "s" + step);
            } else {
                v = v.pop();
                model.remove(model.size() - 1);
            }
        }
        assertEquals(model, v);
        assertEquals(model, TestFns.toList(v.seq()));
    }

    @Test void seqRseqAndReduce() {
        PersistentVector v = build(100);
        assertEquals(100, Seqs.count(v.seq()));
        assertEquals(99L, v.rseq().first());
        assertEquals(4950L, Seqs.reduce(TestFns.PLUS, 0L, v));
        assertEquals(4950L, Seqs.reduce(TestFns.PLUS, v));
        assertEquals(4950L - 45L, Seqs.reduce(TestFns.PLUS, 0L, v.seq().next().next().next().next().next().next()
                .next().next().next().next()));
        Fn stopAt10 = TestFns.fn2((acc, x) -> (Long) x == 10L ? new Reduced(acc) : (Long) acc + (Long) x);
        assertEquals(45L, Seqs.reduce(stopAt10, 0L, v));
        assertEquals(45L, Seqs.reduce(stopAt10, 0L, v.seq()));
        List<Object> kvs = new ArrayList<>();
        v.kvreduce(TestFns.collectKv(kvs), null);
        assertEquals(PersistentVector.of(99L, 99L), kvs.get(99));
    }

    @Test void subvec() {
        PersistentVector v = build(100);
        IPersistentVector s = SubVector.create(v, 30, 70);
        assertEquals(40, s.count());
        assertEquals(30L, s.nth(0));
        assertEquals(69L, s.peek());
        assertEquals(TestFns.toList(Range.create(30, 70)), TestFns.toList(s.seq()));
        IPersistentVector nested = SubVector.create(s, 5, 10);
        assertEquals(PersistentVector.of(35L, 36L, 37L, 38L, 39L), nested);
        assertEquals(PersistentVector.of(35L, 36L, 37L, 38L, 39L, "x"), nested.cons("x"));
        assertEquals(PersistentVector.of("y", 36L, 37L, 38L, 39L), nested.assocN(0, "y"));
        assertEquals(v, build(100));
        assertSame(PersistentVector.EMPTY, SubVector.create(v, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> SubVector.create(v, 5, 101));
        assertEquals(35L + 36L + 37L + 38L + 39L, Seqs.reduce(TestFns.PLUS, nested));
    }

    @Test void lookup() {
        PersistentVector v = PersistentVector.of("a", "b");
        assertEquals("b", v.valAt(1L));
        assertNull(v.valAt(2L));
        assertNull(v.valAt("x"));
        assertTrue(v.containsKey(1));
        assertEquals(new MapEntry(0L, "a"), v.entryAt(0L));
        assertThrows(IllegalArgumentException.class, () -> v.assoc("k", 1L));
    }

    @Test void comparesByLengthThenElements() {
        assertTrue(PersistentVector.of(9L).compareTo(PersistentVector.of(1L, 1L)) < 0);
        assertTrue(PersistentVector.of(1L, 2L).compareTo(PersistentVector.of(1L, 3L)) < 0);
        assertEquals(0, PersistentVector.of(1L, 2L).compareTo(PersistentVector.of(1L, 2L)));
    }

    @Test void mapEntryIsATwoVector() {
        MapEntry e = new MapEntry("k", "v");
        assertEquals(PersistentVector.of("k", "v"), e);
        assertEquals(PersistentVector.of("k", "v", "w"), e.cons("w"));
        assertEquals(PersistentVector.of("k"), e.pop());
        assertNull(e.empty());
        assertEquals("k", Seqs.nth(e, 0));
    }

    @Test void factories() {
        assertEquals(build(100), PersistentVector.create(Range.create(100)));
        assertEquals(build(100), PersistentVector.fromList(new ArrayList<>(build(100))));
        assertEquals(build(40), PersistentVector.of(build(40).toArray()));
        assertEquals(build(40), PersistentVector.create((Iterable<?>) build(40)));
    }
}
