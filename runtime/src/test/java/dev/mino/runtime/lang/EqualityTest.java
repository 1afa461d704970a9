package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EqualityTest {
    @Test void numbersCompareWithinCategory() {
        assertTrue(Equality.equiv(1L, 1));
        assertTrue(Equality.equiv(1L, BigInteger.ONE));
        assertTrue(Equality.equiv((byte) 1, (short) 1));
        assertFalse(Equality.equiv(1L, 1.0));
        assertTrue(Equality.equiv(1.0, 1.0f));
        assertTrue(Equality.equiv(0.0, -0.0));
        assertFalse(Equality.equiv(Double.NaN, Double.NaN));
        Double nan = Double.NaN;
        assertTrue(Equality.equiv(nan, nan));
        assertTrue(Equality.equiv(new BigDecimal("1.0"), new BigDecimal("1.00")));
        assertFalse(Equality.equiv(new BigDecimal("1"), 1L));
        assertTrue(Equality.equiv(new Ratio(BigInteger.ONE, BigInteger.TWO), new Ratio(BigInteger.TWO, BigInteger.valueOf(4))));
        assertFalse(Equality.equiv(new Ratio(BigInteger.ONE, BigInteger.TWO), 0.5));
    }

    @Test void ratioIsNormalised() {
        Ratio r = new Ratio(BigInteger.valueOf(6), BigInteger.valueOf(-4));
        assertEquals(BigInteger.valueOf(-3), r.numerator());
        assertEquals(BigInteger.TWO, r.denominator());
        assertEquals("-3/2", r.toString());
        assertEquals(-1.5, r.doubleValue());
        assertEquals(BigInteger.TWO, Ratio.create(BigInteger.valueOf(4), BigInteger.TWO));
        assertThrows(ArithmeticException.class, () -> new Ratio(BigInteger.ONE, BigInteger.ZERO));
    }

    @Test void nilAndScalars() {
        assertTrue(Equality.equiv(null, null));
        assertFalse(Equality.equiv(null, PersistentList.EMPTY));
        assertFalse(Equality.equiv(PersistentVector.EMPTY, null));
        assertTrue(Equality.equiv("a", "a"));
        assertFalse(Equality.equiv("a", 'a'));
        assertTrue(Equality.equiv(kw("a"), Keyword.of("a")));
    }

    @Test void emptyCollections() {
        assertTrue(Equality.equiv(PersistentVector.EMPTY, PersistentList.EMPTY));
        assertTrue(Equality.equiv(PersistentList.EMPTY, PersistentVector.EMPTY));
        assertFalse(Equality.equiv(PersistentArrayMap.EMPTY, PersistentVector.EMPTY));
        assertFalse(Equality.equiv(PersistentHashSet.EMPTY, PersistentVector.EMPTY));
        assertFalse(Equality.equiv(PersistentHashSet.EMPTY, PersistentArrayMap.EMPTY));
        assertTrue(Equality.equiv(PersistentArrayMap.EMPTY, PersistentHashMap.EMPTY));
        assertTrue(Equality.equiv(PersistentList.EMPTY, new LazySeq(TestFns.fn0(() -> null))));
    }

    @Test void sequentialsAcrossTypes() {
        PersistentVector v = PersistentVector.of(1L, 2L);
        assertTrue(Equality.equiv(v, Seqs.list(1L, 2L)));
        assertTrue(Equality.equiv(Seqs.list(1L, 2L), v));
        assertTrue(Equality.equiv(v, new LazySeq(TestFns.fn0(() -> Seqs.list(1L, 2L)))));
        assertFalse(Equality.equiv(v, Seqs.list(1L, 2L, 3L)));
        assertFalse(Equality.equiv(v, PersistentVector.of(1L, 2.0)));
        assertTrue(Equality.equiv(v, List.of(1L, 2L)));
        assertTrue(Equality.equiv(new ArrayList<>(List.of(1L, 2L)), v));
        assertTrue(Equality.equiv(PersistentVector.of(PersistentVector.of(1L)), Seqs.list(Seqs.list(1))));
        assertFalse(Equality.equiv(v, PersistentHashSet.create(1L, 2L)));
    }

    @Test void mapsAndSetsByContent() {
        IPersistentMap am = Colls.arrayMap(kw("a"), 1L, kw("b"), PersistentVector.of(1L));
        IPersistentMap hm = PersistentHashMap.create(kw("b"), Seqs.list(1L), kw("a"), 1);
        assertTrue(Equality.equiv(am, hm));
        Map<Object, Object> jm = new HashMap<>();
        jm.put(kw("a"), 1L);
        jm.put(kw("b"), PersistentVector.of(1L));
        assertTrue(Equality.equiv(am, jm));
        assertTrue(Equality.equiv(jm, am));
        assertFalse(Equality.equiv(am, Colls.arrayMap(kw("a"), 1L)));
        assertTrue(Equality.equiv(PersistentHashSet.create(1L, 2L), PersistentTreeSet.create(2, 1)));
        assertTrue(Equality.equiv(PersistentHashSet.create(1L, 2L), new HashSet<>(Set.of(1L, 2L))));
        assertFalse(Equality.equiv(PersistentHashSet.create(1L, 2L), PersistentHashSet.create(1L, 3L)));
    }

    @Test void javaEqualsIsConsistentWithHashCode() {
        PersistentVector v = PersistentVector.of(1L, "x");
        assertEquals(v, List.of(1L, "x"));
        assertEquals(List.of(1L, "x"), v);
        assertEquals(v.hashCode(), List.of(1L, "x").hashCode());
        assertEquals(v, Seqs.list(1L, "x"));
        assertEquals(v.hashCode(), Seqs.list(1L, "x").hashCode());
        assertNotEquals(PersistentVector.of(1L), PersistentVector.of(1));
        IPersistentMap m = Colls.arrayMap("a", 1L);
        assertEquals(m, Map.of("a", 1L));
        assertEquals(m.hashCode(), Map.of("a", 1L).hashCode());
        assertEquals(PersistentHashSet.create("a", "b"), Set.of("a", "b"));
        assertEquals(PersistentHashSet.create("a", "b").hashCode(), Set.of("a", "b").hashCode());
    }
}
