package dev.mino.runtime.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.lang.TestFns.CollidingKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersistentHashMapTest {
    private static void assertSameContents(Map<Object, Object> model, PersistentHashMap m) {
        assertEquals(model.size(), m.count());
        for (Map.Entry<Object, Object> e : model.entrySet()) {
            assertEquals(e.getValue(), m.valAt(e.getKey(), "missing"), "key " + e.getKey());
        }
        List<Object> viaSeq = TestFns.toList(m.seq());
        List<Object> viaIterator = new ArrayList<>();
        m.iterator().forEachRemaining(viaIterator::add);
        List<Object> viaFold = new ArrayList<>();
        m.kvreduce(TestFns.collectKv(viaFold), null);
        assertEquals(model.size(), viaSeq.size());
        assertEquals(viaSeq, viaIterator);
        assertEquals(viaSeq, viaFold);
    }

    @Test void hundredThousandKeys() {
        TransientHashMap t = PersistentHashMap.EMPTY.asTransient();
        for (long i = 0; i < 100_000; i++) t.assoc(i, i * 2);
        PersistentHashMap m = t.persistent();
        assertEquals(100_000, m.count());
        for (long i = 0; i < 100_000; i++) assertEquals(i * 2, m.valAt(i));
        assertNull(m.valAt(100_000L));
        assertEquals(10L, m.valAt(5));

        PersistentHashMap p = PersistentHashMap.EMPTY;
        for (long i = 0; i < 100_000; i++) p = p.assoc(i, i * 2);
        assertEquals(m, p);
        assertEquals(TestFns.toList(m.seq()), TestFns.toList(p.seq()));

        PersistentHashMap half = p;
        for (long i = 0; i < 100_000; i += 2) half = half.without(i);
        assertEquals(50_000, half.count());
        assertNull(half.valAt(0L));
        assertEquals(2L, half.valAt(1L));
        assertEquals(100_000, p.count());
        PersistentHashMap empty = half;
        for (long i = 1; i < 100_000; i += 2) empty = empty.without(i);
        assertEquals(0, empty.count());
        assertNull(empty.seq());
    }

    /** Iteration follows the 5-bit chunks of hasheq from the lowest, the order Clojure's trie gives. */
    @Test void iterationOrderFollowsHashChunks() {
        PersistentHashMap m = PersistentHashMap.EMPTY;
        for (long i = 0; i < 20_000; i++) m = m.assoc(i * 7919, i);
        long prev = Long.MIN_VALUE;
        for (ISeq s = m.seq(); s != null; s = s.next()) {
            long key = trieOrder(Hashing.hasheq(((IMapEntry) s.first()).key()));
            assertTrue(key > prev);
            prev = key;
        }
    }

    /** The hash with its 5-bit chunks reversed in significance (lowest chunk most significant). */
    private static long trieOrder(int h) {
        long k = 0;
        for (int shift = 0; shift < 32; shift += 5) k = (k << 5) | ((h >>> shift) & 31);
        return k;
    }

    @Test void collisions() {
        PersistentHashMap m = PersistentHashMap.EMPTY;
        List<CollidingKey> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) keys.add(new CollidingKey(i, i % 3 == 0 ? 12345 : (i % 3 == 1 ? 12345 + 32 : -7)));
        for (CollidingKey k : keys) m = m.assoc(k, k.id());
        assertEquals(40, m.count());
        for (CollidingKey k : keys) assertEquals(k.id(), m.valAt(new CollidingKey(k.id(), k.hash())));
        List<Object> sameHashOrder = new ArrayList<>();
        for (ISeq s = m.seq(); s != null; s = s.next()) {
            CollidingKey k = (CollidingKey) ((IMapEntry) s.first()).key();
            if (k.hash() == 12345) sameHashOrder.add(k.id());
        }
        assertEquals(List.of(0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39), sameHashOrder);
        PersistentHashMap fewer = m;
        for (CollidingKey k : keys) {
            if (k.id() % 2 == 0) fewer = fewer.without(k);
        }
        assertEquals(20, fewer.count());
        assertNull(fewer.valAt(new CollidingKey(0, 12345)));
        assertEquals(3, fewer.valAt(new CollidingKey(3, 12345)));

        TransientHashMap t = PersistentHashMap.EMPTY.asTransient();
        for (CollidingKey k : keys) t.assoc(k, k.id());
        for (CollidingKey k : keys) {
            if (k.id() % 2 == 0) t.without(k);
        }
        assertEquals(fewer, t.persistent());
        assertEquals(40, m.count());
    }

    @Test void randomOperationsAgainstHashMap() {
        Random rnd = new Random(42);
        Map<Object, Object> model = new HashMap<>();
        PersistentHashMap m = PersistentHashMap.EMPTY;
        for (int round = 0; round < 40; round++) {
            boolean useTransient = round % 2 == 1;
            TransientHashMap t = useTransient ? m.asTransient() : null;
            PersistentHashMap before = m;
            Map<Object, Object> beforeModel = new HashMap<>(model);
            for (int step = 0; step < 2000; step++) {
                Object key = randomKey(rnd);
                if (rnd.nextInt(3) > 0) {
                    model.put(key, step);
                    if (useTransient) t.assoc(key, step); else m = m.assoc(key, step);
                } else {
                    model.remove(key);
                    if (useTransient) t.without(key); else m = m.without(key);
                }
            }
            if (useTransient) m = t.persistent();
            assertSameContents(model, m);
            assertSameContents(beforeModel, before);
        }
    }

    private static Object randomKey(Random rnd) {
        int n = rnd.nextInt(600);
        return switch (rnd.nextInt(4)) {
            case 0 -> (long) n;
            case 1 -> new CollidingKey(n, n % 5);
            case 2 -> "k" + n;
            default -> n == 0 ? null : Keyword.of("k" + n);
        };
    }

    @Test void nilKeyComesFirst() {
        PersistentHashMap m = PersistentHashMap.create(1L, "one", null, "nil", 2L, "two");
        assertEquals(3, m.count());
        assertEquals("nil", m.valAt(null));
        assertTrue(m.containsKey(null));
        assertEquals(new MapEntry(null, "nil"), m.seq().first());
        Iterator<Object> it = m.iterator();
        assertEquals(new MapEntry(null, "nil"), it.next());
        assertEquals(new MapEntry(null, "nil"), m.entryAt(null));
        PersistentHashMap without = m.without(null);
        assertEquals(2, without.count());
        assertFalse(without.containsKey(null));
        assertSame(without, without.without(null));
        TransientHashMap t = m.asTransient();
        t.assoc(null, "again");
        t.without(1L);
        PersistentHashMap p = t.persistent();
        assertEquals(2, p.count());
        assertEquals("again", p.valAt(null));
    }

    @Test void assocOfSameValueIsIdentity() {
        PersistentHashMap m = PersistentHashMap.create("a", 1L);
        Long one = (Long) m.valAt("a");
        assertSame(m, m.assoc("a", one));
        assertSame(m, m.without("zzz"));
    }

    @Test void transientUseAfterPersistentFails() {
        TransientHashMap t = PersistentHashMap.EMPTY.asTransient();
        t.assoc("a", 1L);
        t.persistent();
        assertThrows(IllegalAccessError.class, () -> t.assoc("b", 2L));
    }

    @Test void kvreduceStopsOnReduced() {
        PersistentHashMap m = PersistentHashMap.EMPTY;
        for (long i = 0; i < 1000; i++) m = m.assoc(i, i);
        Fn countToTen = new Fn() {
            @Override public Object invoke(Object acc, Object k, Object v) {
                long n = (Long) acc + 1;
                return n == 10 ? new Reduced(n) : n;
            }
        };
        assertEquals(10L, m.kvreduce(countToTen, 0L));
        assertEquals(10L, Seqs.kvreduce(countToTen, 0L, m));
        Fn countEntries = TestFns.fn2((acc, e) -> {
            assertTrue(e instanceof IMapEntry);
            return (Long) acc + 1;
        });
        assertEquals(1000L, Seqs.reduce(countEntries, 0L, m));
    }

    @Test void createWithCheckRejectsDuplicates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistentHashMap.createWithCheck(new Object[] {1L, 1L, 2L, 2L, 1L, 3L}));
        assertEquals("Duplicate key: 1", e.getMessage());
    }

    @Test void lookupAndConj() {
        PersistentHashMap m = PersistentHashMap.create("a", 1L);
        assertEquals(1L, m.valAt("a"));
        assertEquals("d", m.valAt("b", "d"));
        IPersistentMap bigger = (IPersistentMap) m.cons(PersistentVector.of("b", 2L)).cons(new MapEntry("c", 3L))
                .cons(Colls.arrayMap("d", 4L, "e", 5L));
        assertEquals(5, bigger.count());
        assertThrows(IllegalArgumentException.class, () -> m.cons(PersistentVector.of("x")));
    }
}
