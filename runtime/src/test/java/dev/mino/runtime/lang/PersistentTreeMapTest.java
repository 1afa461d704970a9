package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PersistentTreeMapTest {
    /** Checks the red-black invariants and returns the black height. */
    private static int checkInvariants(TreeNode t, boolean parentRed) {
        if (t == null) return 1;
        assertFalse(parentRed && t.red, "red node with red child");
        int l = checkInvariants(t.left, t.red);
        int r = checkInvariants(t.right, t.red);
        assertEquals(l, r, "black heights differ");
        return l + (t.red ? 0 : 1);
    }

    private static List<Object> keys(ISeq s) {
        List<Object> out = new ArrayList<>();
        for (; s != null; s = s.next()) out.add(((IMapEntry) s.first()).key());
        return out;
    }

    @Test void randomOperationsAgainstTreeMap() {
        Random rnd = new Random(3);
        TreeMap<Long, Object> model = new TreeMap<>();
        PersistentTreeMap m = PersistentTreeMap.EMPTY;
        for (int step = 0; step < 30000; step++) {
            long k = rnd.nextInt(2000);
            if (rnd.nextInt(5) < 3) {
                model.put(k, step);
                m = m.assoc(k, step);
            } else {
                model.remove(k);
                m = m.without(k);
            }
            if (step % 1000 == 0) checkInvariants(m.tree(), false);
        }
        checkInvariants(m.tree(), false);
        assertFalse(m.tree() != null && m.tree().red);
        assertEquals(model.size(), m.count());
        assertEquals(new ArrayList<>(model.keySet()), keys(m.seq()));
        assertEquals(new ArrayList<>(model.descendingKeySet()), keys(m.rseq()));
        for (Map.Entry<Long, Object> e : model.entrySet()) assertEquals(e.getValue(), m.valAt(e.getKey()));
        assertEquals(model.size(), Seqs.count(m.seq()));
    }

    @Test void deleteEverythingInEveryOrder() {
        for (int seed = 0; seed < 20; seed++) {
            Random rnd = new Random(seed);
            List<Long> ks = new ArrayList<>();
            for (long i = 0; i < 300; i++) ks.add(i);
            java.util.Collections.shuffle(ks, rnd);
            PersistentTreeMap m = PersistentTreeMap.EMPTY;
            for (Long k : ks) m = m.assoc(k, k);
            java.util.Collections.shuffle(ks, rnd);
            for (Long k : ks) {
                m = m.without(k);
                checkInvariants(m.tree(), false);
                assertNull(m.valAt(k));
            }
            assertEquals(0, m.count());
            assertNull(m.seq());
        }
    }

    @Test void seqFromKey() {
        PersistentTreeMap m = PersistentTreeMap.EMPTY;
        for (long i = 0; i < 100; i += 10) m = m.assoc(i, i);
        assertEquals(List.of(30L, 40L, 50L, 60L, 70L, 80L, 90L), keys(m.seqFrom(30L, true)));
        assertEquals(List.of(40L, 50L, 60L, 70L, 80L, 90L), keys(m.seqFrom(35L, true)));
        assertEquals(List.of(30L, 20L, 10L, 0L), keys(m.seqFrom(35L, false)));
        assertEquals(List.of(30L, 20L, 10L, 0L), keys(m.seqFrom(30L, false)));
        assertNull(m.seqFrom(95L, true));
        assertNull(m.seqFrom(-5L, false));
        assertEquals(7, Seqs.count(m.seqFrom(30L, true)));
    }

    @Test void defaultComparatorOrdersMixedNumbersAndNil() {
        PersistentTreeSet s = PersistentTreeSet.create(3L, 1.5, null, new Ratio(BigInteger.ONE, BigInteger.TWO),
                BigInteger.TEN, new BigDecimal("2.25"), -1);
        assertEquals(java.util.Arrays.asList(null, -1, new Ratio(BigInteger.ONE, BigInteger.TWO), 1.5,
                new BigDecimal("2.25"), 3L, BigInteger.TEN), TestFns.toList(s.seq()));
        PersistentTreeSet words = PersistentTreeSet.create("b", "a", "c");
        assertEquals(List.of("a", "b", "c"), TestFns.toList(words.seq()));
        assertEquals(List.of("c", "b", "a"), TestFns.toList(words.rseq()));
        PersistentTreeSet kws = PersistentTreeSet.create(kw("b"), Keyword.of("x", "a"), kw("a"));
        assertEquals(List.of(kw("a"), kw("b"), Keyword.of("x", "a")), TestFns.toList(kws.seq()));
        PersistentTreeSet vecs = PersistentTreeSet.create(PersistentVector.of(2L), PersistentVector.of(1L, 1L),
                PersistentVector.of(1L));
        assertEquals(List.of(PersistentVector.of(1L), PersistentVector.of(2L), PersistentVector.of(1L, 1L)),
                TestFns.toList(vecs.seq()));
        MinoException e = assertThrows(MinoException.class,
                () -> PersistentTreeSet.create(Seqs.list(1L), Seqs.list(2L)));
        assertEquals("clojure.lang.PersistentList cannot be cast to java.lang.Comparable", e.getMessage());
        assertEquals(0, DefaultComparator.compareValues(1L, 1.0));
        assertTrue(DefaultComparator.compareValues(null, 0L) < 0);
    }

    @Test void fnComparatorAcceptsPredicatesAndThreeWayFns() {
        Fn greater = TestFns.fn2((a, b) -> (Long) a > (Long) b);
        PersistentTreeMap m = PersistentTreeMap.createBy(greater, 1L, "a", 3L, "c", 2L, "b");
        assertEquals(List.of(3L, 2L, 1L), keys(m.seq()));
        Fn threeWay = TestFns.fn2((a, b) -> (long) Long.compare((Long) b, (Long) a));
        assertEquals(List.of(3L, 2L, 1L), TestFns.toList(PersistentTreeSet.createBy(threeWay, 1L, 2L, 3L).seq()));
        assertEquals(0, greater.compare(1L, 1L));
    }

    @Test void mapApi() {
        PersistentTreeMap m = PersistentTreeMap.create(kw("b"), 2L, kw("a"), 1L);
        assertEquals(new MapEntry(kw("a"), 1L), m.seq().first());
        assertEquals(new MapEntry(kw("b"), 2L), m.entryAt(kw("b")));
        assertSame(m, m.without(kw("z")));
        assertSame(m, m.assoc(kw("a"), m.valAt(kw("a"))));
        assertEquals(Colls.arrayMap(kw("a"), 1L, kw("b"), 2L), m);
        assertEquals(0, m.empty().count());
        assertSame(m.comparator(), m.empty().comparator());
        List<Object> kvs = new ArrayList<>();
        m.kvreduce(TestFns.collectKv(kvs), null);
        assertEquals(List.of(PersistentVector.of(kw("a"), 1L), PersistentVector.of(kw("b"), 2L)), kvs);
        PersistentTreeSet s = PersistentTreeSet.create(5L, 1L, 3L);
        assertEquals(9L, Seqs.reduce(TestFns.PLUS, 0L, s));
        assertEquals(List.of(3L, 5L), TestFns.toList(s.seqFrom(2L, true)));
        assertTrue(s.contains(3));
        assertEquals(2, s.disjoin(3L).count());
    }
}
