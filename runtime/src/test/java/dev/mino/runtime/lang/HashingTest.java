package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashingTest {
    @Test void knownClojureHashes() {
        assertEquals(1392991556, Hashing.hasheq(1L));
        assertEquals(Murmur3.hashInt("a".hashCode()), Hashing.hasheq("a"));
        assertEquals(-2123407586, Hashing.hasheq(kw("a")));
        assertEquals(-2017569654, Hashing.hasheq(PersistentVector.EMPTY));
        assertEquals(-15128758, Hashing.hasheq(PersistentArrayMap.EMPTY));
        assertEquals(0, Hashing.hasheq(null));
        assertEquals(736442005, Hashing.hasheq(PersistentVector.of(1L, 2L, 3L)));
        assertEquals(1231, Hashing.hasheq(true));
    }

    @Test void emptyCollectionsHashAlike() {
        int ordered = Hashing.hasheq(PersistentVector.EMPTY);
        assertEquals(ordered, Hashing.hasheq(PersistentList.EMPTY));
        assertEquals(ordered, Hashing.hasheq(new LazySeq(TestFns.fn0(() -> null))));
        int unordered = Hashing.hasheq(PersistentArrayMap.EMPTY);
        assertEquals(unordered, Hashing.hasheq(PersistentHashMap.EMPTY));
        assertEquals(unordered, Hashing.hasheq(PersistentHashSet.EMPTY));
        assertEquals(unordered, Hashing.hasheq(PersistentTreeMap.EMPTY));
        assertEquals(unordered, Hashing.hasheq(PersistentTreeSet.EMPTY));
    }

    @Test void integersHashByValueAcrossWidths() {
        int h = Hashing.hasheq(42L);
        assertEquals(h, Hashing.hasheq(42));
        assertEquals(h, Hashing.hasheq((short) 42));
        assertEquals(h, Hashing.hasheq((byte) 42));
        assertEquals(h, Hashing.hasheq(BigInteger.valueOf(42)));
        BigInteger big = BigInteger.ONE.shiftLeft(80);
        assertEquals(big.hashCode(), Hashing.hasheq(big));
    }

    @Test void floatingAndDecimalHashes() {
        assertEquals(0, Hashing.hasheq(-0.0));
        assertEquals(0, Hashing.hasheq(0.0));
        assertEquals(Double.hashCode(1.5), Hashing.hasheq(1.5));
        assertEquals(Hashing.hasheq(1.5), Hashing.hasheq(1.5f));
        assertEquals(Hashing.hasheq(new BigDecimal("1.0")), Hashing.hasheq(new BigDecimal("1.00")));
        assertEquals(BigDecimal.ZERO.hashCode(), Hashing.hasheq(new BigDecimal("0.000")));
        Ratio r = new Ratio(BigInteger.ONE, BigInteger.TWO);
        assertEquals(BigInteger.ONE.hashCode() ^ BigInteger.TWO.hashCode(), Hashing.hasheq(r));
    }

    @Test void mapEntryHashesAsVector() {
        assertEquals(Hashing.hasheq(PersistentVector.of(kw("a"), 1L)), Hashing.hasheq(new MapEntry(kw("a"), 1L)));
        assertEquals(Hashing.hashEntry(kw("a"), 1L), Hashing.hasheq(new MapEntry(kw("a"), 1L)));
    }

    /** Everything = must hash alike; a matrix over the sequential, map and set kinds. */
    @Test void equalValuesHashAlike() {
        List<List<Object>> groups = List.of(
                List.of(PersistentVector.of(1L, 2L, 3L), PersistentList.create(new Object[] {1L, 2L, 3L}),
                        Range.create(1, 4), ArraySeq.create(new Object[] {1L, 2L, 3L}, 0),
                        new Cons(1L, PersistentList.create(new Object[] {2L, 3L})),
                        new LazySeq(TestFns.fn0(() -> PersistentVector.of(1L, 2L, 3L))),
                        SubVector.create(PersistentVector.of(0L, 1L, 2L, 3L, 4L), 1, 4),
                        PersistentVector.of(1, (short) 2, BigInteger.valueOf(3))),
                List.of(Colls.arrayMap(kw("a"), 1L, kw("b"), 2L), PersistentHashMap.create(kw("b"), 2L, kw("a"), 1L),
                        PersistentTreeMap.create(kw("a"), 1L, kw("b"), 2L)),
                List.of(PersistentHashSet.create(1L, 2L, 3L), PersistentTreeSet.create(3L, 2L, 1L),
                        PersistentHashSet.create(3, 2L, BigInteger.ONE)));
        for (List<Object> g : groups) {
            for (Object a : g) {
                for (Object b : g) {
                    assertTrue(Equality.equiv(a, b), a + " = " + b);
                    assertEquals(Hashing.hasheq(a), Hashing.hasheq(b), a + " hash " + b);
                }
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (i != j) assertFalse(Equality.equiv(groups.get(i).get(0), groups.get(j).get(0)));
            }
        }
    }

    @Test void sequentialCollectionsThatAreEqualHashAlike() {
        // As in Clojure: (= (hash ["x" "y"]) (hash '("x" "y"))), and hashCode is java.util.List's.
        PersistentVector v = PersistentVector.of("x", "y");
        assertEquals(v.hasheq(), PersistentList.create(List.of("x", "y")).hasheq());
        assertEquals(v.hashCode(), List.of("x", "y").hashCode());
    }
}
