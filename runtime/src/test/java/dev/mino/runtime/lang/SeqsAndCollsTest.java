package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeqsAndCollsTest {
    @Test void seqOfEverything() {
        assertNull(Seqs.seq(null));
        assertNull(Seqs.seq(""));
        assertNull(Seqs.seq(PersistentVector.EMPTY));
        assertNull(Seqs.seq(PersistentList.EMPTY));
        assertNull(Seqs.seq(new Object[0]));
        assertNull(Seqs.seq(new ArrayList<>()));
        assertEquals(List.of('a', 'b'), TestFns.toList(Seqs.seq("ab")));
        assertEquals(List.of(1, 2), TestFns.toList(Seqs.seq(new int[] {1, 2})));
        assertEquals(List.of("x", "y"), TestFns.toList(Seqs.seq(new Object[] {"x", "y"})));
        assertEquals(List.of(1L, 2L), TestFns.toList(Seqs.seq(List.of(1L, 2L))));
        Map<Object, Object> jm = new LinkedHashMap<>();
        jm.put("k", "v");
        assertEquals(new MapEntry("k", "v"), Seqs.first(jm));
        assertInstanceOf(MapEntry.class, Seqs.first(jm));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seqs.seq(42L));
        assertEquals("Don't know how to create ISeq from: java.lang.Long", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Seqs.seq(kw("a")));
    }

    @Test void javaIterableSeqIsPersistent() {
        ISeq s = Seqs.seq(List.of(1L, 2L, 3L));
        assertEquals(List.of(1L, 2L, 3L), TestFns.toList(s));
        assertEquals(List.of(1L, 2L, 3L), TestFns.toList(s));
        assertEquals(3, Seqs.count(s));
    }

    @Test void firstNextRestCons() {
        assertNull(Seqs.first(null));
        assertNull(Seqs.next(PersistentVector.of(1L)));
        assertSame(PersistentList.EMPTY, Seqs.rest(null));
        assertEquals(PersistentList.EMPTY, Seqs.rest(PersistentVector.of(1L)));
        assertEquals(PersistentVector.of(2L), Seqs.rest(PersistentVector.of(1L, 2L)));
        assertEquals(Seqs.list(1L), Seqs.cons(1L, null));
        assertInstanceOf(PersistentList.class, Seqs.cons(1L, null));
        assertEquals(Seqs.list(0L, 1L, 2L), Seqs.cons(0L, PersistentVector.of(1L, 2L)));
        assertEquals(Seqs.list(0L), Seqs.cons(0L, PersistentVector.EMPTY));
    }

    @Test void count() {
        assertEquals(0, Seqs.count(null));
        assertEquals(3, Seqs.count("abc"));
        assertEquals(2, Seqs.count(new long[] {1, 2}));
        assertEquals(2, Seqs.count(List.of(1, 2)));
        assertEquals(1, Seqs.count(Map.of(1, 2)));
        assertEquals(3, Seqs.count(new Cons(1L, PersistentVector.of(2L, 3L).seq())));
        assertEquals(2, Seqs.count(new MapEntry(1L, 2L)));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Seqs.count(42L));
        assertEquals("count not supported on this type: Long", e.getMessage());
    }

    @Test void nth() {
        assertEquals('b', Seqs.nth("abc", 1));
        assertEquals(2L, Seqs.nth(Seqs.list(1L, 2L), 1));
        assertEquals(5L, Seqs.nth(Range.create(10), 5));
        assertEquals(7, Seqs.nth(new int[] {6, 7}, 1));
        assertEquals("v", Seqs.nth(new MapEntry("k", "v"), 1));
        assertNull(Seqs.nth(null, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Seqs.nth("abc", 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Seqs.nth(Seqs.list(1L), 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Seqs.nth(Seqs.list(1L), -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Seqs.nth(PersistentVector.of(1L), 1));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> Seqs.nth(PersistentHashSet.create(1L), 0));
        assertEquals("nth not supported on this type: PersistentHashSet", e.getMessage());
        assertEquals("nf", Seqs.nth(Seqs.list(1L), 5, "nf"));
        assertEquals("nf", Seqs.nth("abc", -1, "nf"));
        assertEquals(1L, Seqs.nth(PersistentVector.of(1L), 0, "nf"));
    }

    @Test void toArrayAndList() {
        assertArrayEquals(new Object[] {1L, 2L}, Seqs.toArray(PersistentVector.of(1L, 2L)));
        assertArrayEquals(new Object[] {1L, 2L}, Seqs.toArray(Seqs.list(1L, 2L)));
        assertArrayEquals(new Object[] {2L}, Seqs.toArray(Seqs.arraySeq(new Object[] {1L, 2L}, 1)));
        assertArrayEquals(new Object[0], Seqs.toArray(null));
        assertArrayEquals(new Object[] {'h', 'i'}, Seqs.toArray("hi"));
        assertArrayEquals(new Object[] {1L, 2L}, Seqs.toArray(new LazySeq(TestFns.fn0(() -> Seqs.list(1L, 2L)))));
        assertNull(Seqs.arraySeq(new Object[] {1L}, 1));
        assertEquals(PersistentList.EMPTY, Seqs.list());
    }

    @Test void reduceWithAndWithoutInit() {
        assertEquals(10L, Seqs.reduce(TestFns.PLUS, Seqs.list(1L, 2L, 3L, 4L)));
        assertEquals(10L, Seqs.reduce(TestFns.PLUS, 0L, new LazySeq(TestFns.fn0(() -> Seqs.list(1L, 2L, 3L, 4L)))));
        assertEquals(10L, Seqs.reduce(TestFns.PLUS, 0L, List.of(1L, 2L, 3L, 4L)));
        assertEquals(0L, Seqs.reduce(TestFns.fn0(() -> 0L), PersistentVector.EMPTY));
        assertEquals(0L, Seqs.reduce(TestFns.fn0(() -> 0L), null));
        assertEquals(7L, Seqs.reduce(TestFns.PLUS, PersistentVector.of(7L)));
        Fn firstBig = TestFns.fn2((acc, x) -> (Long) x > 3 ? new Reduced(x) : acc);
        assertEquals(4L, Seqs.reduce(firstBig, 0L, Range.create(100)));
        assertEquals(4L, Seqs.reduce(firstBig, 0L, Range.infinite()));
        Fn inc = new Fn() {
            @Override public Object invoke(Object x) { return (Long) x + 1; }
        };
        assertEquals(4L, Seqs.reduce(firstBig, 0L, Iterate.create(inc, 0L)));
    }

    @Test void getFromEverything() {
        IPersistentMap m = Colls.arrayMap(kw("a"), 1L);
        assertEquals(1L, Colls.get(m, kw("a")));
        assertEquals("nf", Colls.get(m, kw("b"), "nf"));
        assertNull(Colls.get(null, kw("a")));
        assertEquals("nf", Colls.get(null, kw("a"), "nf"));
        assertEquals("b", Colls.get(PersistentVector.of("a", "b"), 1L));
        assertNull(Colls.get(PersistentVector.of("a", "b"), 2L));
        assertEquals('c', Colls.get("abc", 2L));
        assertNull(Colls.get("abc", 3L));
        assertEquals(2L, Colls.get(PersistentHashSet.create(2L), 2));
        assertEquals("nf", Colls.get(PersistentHashSet.create(2L), 3L, "nf"));
        assertEquals("v", Colls.get(Map.of("k", "v"), "k"));
        assertEquals("nf", Colls.get(42L, "k", "nf"));
        assertEquals(1L, kw("a").invoke(m));
    }

    @Test void assocDissocConj() {
        Object m = Colls.assoc(null, kw("a"), 1L);
        assertInstanceOf(PersistentArrayMap.class, m);
        assertEquals(Colls.arrayMap(kw("a"), 1L), m);
        assertEquals(PersistentVector.of("x", 2L), Colls.assoc(PersistentVector.of(1L, 2L), 0L, "x"));
        assertEquals(PersistentVector.of(1L, 2L, 3L), Colls.assoc(PersistentVector.of(1L, 2L), 2L, 3L));
        assertThrows(IndexOutOfBoundsException.class, () -> Colls.assoc(PersistentVector.of(1L), 5L, 0L));
        assertEquals(PersistentArrayMap.EMPTY, Colls.dissoc(m, kw("a")));
        assertNull(Colls.dissoc(null, kw("a")));
        assertEquals(Seqs.list(1L), Colls.conj(null, 1L));
        assertEquals(Seqs.list(0L, 1L), Colls.conj(Seqs.list(1L), 0L));
        assertEquals(PersistentVector.of(1L, 0L), Colls.conj(PersistentVector.of(1L), 0L));
        assertEquals(Colls.arrayMap(kw("a"), 1L, kw("b"), 2L), Colls.conj(m, PersistentVector.of(kw("b"), 2L)));
        assertEquals(Colls.arrayMap(kw("a"), 1L, kw("b"), 2L), Colls.conj(m, Colls.arrayMap(kw("b"), 2L)));
        assertEquals(PersistentHashSet.create(1L, 2L), Colls.conj(PersistentHashSet.create(1L), 2L));
        assertThrows(MinoException.class, () -> Colls.conj(42L, 1L));
    }

    @Test void containsFindDisjEmpty() {
        assertTrue(Colls.containsKey(Colls.arrayMap(kw("a"), null), kw("a")));
        assertFalse(Colls.containsKey(null, kw("a")));
        assertTrue(Colls.containsKey(PersistentVector.of(1L), 0L));
        assertFalse(Colls.containsKey(PersistentVector.of(1L), 1L));
        assertTrue(Colls.containsKey(PersistentHashSet.create(1L), 1L));
        assertTrue(Colls.containsKey("ab", 1L));
        assertTrue(Colls.containsKey(Map.of("k", 1), "k"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Colls.containsKey(42L, 1L));
        assertEquals("contains? not supported on type: java.lang.Long", e.getMessage());
        assertEquals(new MapEntry(kw("a"), 1L), Colls.find(Colls.arrayMap(kw("a"), 1L), kw("a")));
        assertNull(Colls.find(Colls.arrayMap(kw("a"), 1L), kw("b")));
        assertEquals(new MapEntry(0L, "x"), Colls.find(PersistentVector.of("x"), 0L));
        assertEquals(PersistentHashSet.create(2L), Colls.disj(PersistentHashSet.create(1L, 2L), 1L));
        assertNull(Colls.disj(null, 1L));
        assertEquals(PersistentVector.EMPTY, Colls.empty(PersistentVector.of(1L)));
        assertEquals(PersistentList.EMPTY, Colls.empty(Seqs.list(1L)));
        assertNull(Colls.empty("abc"));
        assertEquals(PersistentVector.of(1L, 2L), Colls.vector(1L, 2L));
        assertEquals(2, Colls.hashSet(1L, 2L, 1L).count());
    }

    @Test void emptyKeepsMeta() {
        IPersistentMap meta = Colls.arrayMap(kw("m"), 1L);
        assertSame(meta, ((IObj) PersistentVector.of(1L).withMeta(meta).empty()).meta());
        assertSame(meta, ((IObj) ((PersistentList) Seqs.list(1L)).withMeta(meta).empty()).meta());
        assertSame(meta, ((IObj) PersistentHashSet.create(1L).withMeta(meta).empty()).meta());
        assertSame(meta, PersistentHashMap.create(1L, 1L).withMeta(meta).empty().meta());
    }

    @Test void ranges() {
        assertEquals(List.of(0L, 1L, 2L), TestFns.toList(Range.create(3)));
        assertEquals(List.of(10L, 7L, 4L, 1L), TestFns.toList(Range.create(10, 0, -3)));
        assertEquals(4, Range.create(10, 0, -3).count());
        assertSame(PersistentList.EMPTY, Range.create(5, 5));
        assertSame(PersistentList.EMPTY, Range.create(5, 1));
        assertEquals(List.of(3L, 3L, 3L), TestFns.toList(take(Range.create(3, 9, 0), 3)));
        assertThrows(ArithmeticException.class, () -> Seqs.count(Range.create(Long.MIN_VALUE, Long.MAX_VALUE)));
        assertEquals(List.of(Long.MIN_VALUE, -1L, Long.MAX_VALUE - 1),
                TestFns.toList(Range.create(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)));
        assertEquals(List.of(0L, 1L, 2L), TestFns.toList(take(Range.infinite(), 3)));
        assertEquals(List.of(0L, 0.5, 1.0, 1.5), TestFns.toList(Range.create(0L, 2L, 0.5)));
        Ratio half = new Ratio(BigInteger.ONE, BigInteger.TWO);
        assertEquals(List.of(0L, half, BigInteger.ONE, new Ratio(BigInteger.valueOf(3), BigInteger.TWO)),
                TestFns.toList(Range.create((Object) 0L, (Object) 2L, half)));
        assertEquals(List.of(0L, 1L, 2L), TestFns.toList(Range.create((Object) 0L, 2.5, (Object) 1L)));
        assertEquals(45L, Seqs.reduce(TestFns.PLUS, Range.create(10)));
        assertEquals(Range.create(0, 100, 3), PersistentVector.create(Range.create(0, 100, 3)));
    }

    @Test void repeatIterateCycle() {
        assertEquals(List.of("x", "x"), TestFns.toList(Repeat.create(2, "x")));
        assertSame(PersistentList.EMPTY, Repeat.create(0, "x"));
        assertEquals(List.of("y", "y", "y"), TestFns.toList(take(Repeat.create("y"), 3)));
        AtomicCounter calls = new AtomicCounter();
        Fn inc = new Fn() {
            @Override public Object invoke(Object x) {
                calls.n++;
                return (Long) x + 1;
            }
        };
        ISeq it = Iterate.create(inc, 0L);
        assertEquals(List.of(0L, 1L, 2L, 3L), TestFns.toList(take(it, 4)));
        assertEquals(List.of(0L, 1L, 2L, 3L), TestFns.toList(take(it, 4)));
        assertEquals(3, calls.n);
        assertEquals(List.of(1L, 2L, 1L, 2L, 1L), TestFns.toList(take(Cycle.create(PersistentVector.of(1L, 2L)), 5)));
        assertSame(PersistentList.EMPTY, Cycle.create(null));
    }

    private static final class AtomicCounter {
        int n;
    }

    private static ISeq take(ISeq s, int n) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++, s = s.next()) out[i] = s.first();
        return ArraySeq.create(out, 0);
    }

    @Test void listsAndConses() {
        PersistentList l = PersistentList.create(new Object[] {1L, 2L, 3L});
        assertEquals(3, l.count());
        assertEquals(1L, l.peek());
        assertEquals(Seqs.list(2L, 3L), l.pop());
        assertEquals(PersistentList.EMPTY, Seqs.list(1L).pop());
        assertThrows(IllegalStateException.class, () -> PersistentList.EMPTY.pop());
        assertNull(PersistentList.EMPTY.seq());
        assertEquals(6L, Seqs.reduce(TestFns.PLUS, l));
        Cons c = new Cons(0L, l);
        assertEquals(4, c.count());
        assertEquals(List.of(0L, 1L, 2L, 3L), new ArrayList<>(c));
        assertEquals(2L, c.get(2));
        assertTrue(c.contains(3));
    }
}
