package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistentHashSetTest {
    private static List<Object> elements(IPersistentSet s) {
        return TestFns.toList(s.seq());
    }

    @Test void iterationOrderMatchesClojure() {
        assertEquals(List.of(1L, 3L, 2L), elements(PersistentHashSet.create(1L, 2L, 3L)));
        assertEquals(List.of(kw("c"), kw("b"), kw("a")), elements(PersistentHashSet.create(kw("a"), kw("b"), kw("c"))));
        Object[] tenLongs = new Object[10];
        for (int i = 0; i < 10; i++) tenLongs[i] = (long) i;
        assertEquals(List.of(0L, 7L, 1L, 4L, 6L, 3L, 2L, 9L, 5L, 8L), elements(PersistentHashSet.create(tenLongs)));
        List<Object> viaIterator = new ArrayList<>();
        PersistentHashSet.create(tenLongs).iterator().forEachRemaining(viaIterator::add);
        assertEquals(List.of(0L, 7L, 1L, 4L, 6L, 3L, 2L, 9L, 5L, 8L), viaIterator);
    }

    /** (zipmap [:a :b :c :d :e :f :g :h :i] (range)) prints in this order in Clojure 1.12. */
    @Test void nineKeywordMapMatchesClojureOrder() {
        String[] names = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
        Object[] kvs = new Object[18];
        for (int i = 0; i < 9; i++) {
            kvs[2 * i] = kw(names[i]);
            kvs[2 * i + 1] = (long) i;
        }
        List<Object> keys = new ArrayList<>();
        for (Object e : Colls.arrayMap(kvs)) keys.add(((IMapEntry) e).key());
        assertEquals(List.of(kw("e"), kw("g"), kw("c"), kw("h"), kw("b"), kw("d"), kw("f"), kw("i"), kw("a")), keys);
    }

    @Test void hashMapOfKeywordsMatchesClojureOrder() {
        PersistentHashMap m = PersistentHashMap.create(kw("a"), 1L, kw("b"), 2L, kw("c"), 3L);
        assertEquals(List.of(new MapEntry(kw("c"), 3L), new MapEntry(kw("b"), 2L), new MapEntry(kw("a"), 1L)),
                TestFns.toList(m.seq()));
    }

    @Test void membershipAndEdits() {
        PersistentHashSet s = PersistentHashSet.create(1L, "a", null);
        assertEquals(3, s.count());
        assertTrue(s.contains(null));
        assertTrue(s.contains(1));
        assertEquals(1L, s.get(1));
        assertSame(s, s.cons(1));
        assertSame(s, s.disjoin("zz"));
        assertFalse(s.disjoin("a").contains("a"));
        assertEquals("a", s.get("a"));
        assertNull(s.get("b"));
        assertEquals("nf", Colls.get(s, "b", "nf"));
        assertEquals(null, TestFns.toList(s.seq()).get(0));
    }

    @Test void transientSet() {
        TransientHashSet t = PersistentHashSet.EMPTY.asTransient();
        for (long i = 0; i < 5000; i++) t.conj(i % 2500);
        t.disjoin(0L);
        assertEquals(2499, t.count());
        assertTrue(t.contains(5L));
        PersistentHashSet s = t.persistent();
        assertEquals(2499, s.count());
        assertEquals(PersistentHashSet.create((Iterable<?>) Range.create(1, 2500)), s);
    }

    @Test void createWithCheck() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistentHashSet.createWithCheck(new Object[] {1L, 2L, 1}));
        assertEquals("Duplicate key: 1", e.getMessage());
        assertEquals(2, PersistentHashSet.createWithCheck(new Object[] {1L, 2L}).count());
    }

    @Test void reduceOverElements() {
        assertEquals(6L, Seqs.reduce(TestFns.PLUS, 0L, PersistentHashSet.create(1L, 2L, 3L)));
        assertEquals(6L, Seqs.reduce(TestFns.PLUS, PersistentHashSet.create(1L, 2L, 3L)));
    }
}
