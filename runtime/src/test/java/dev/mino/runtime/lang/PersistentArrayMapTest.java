package dev.mino.runtime.lang;

import static dev.mino.runtime.lang.TestFns.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistentArrayMapTest {
    private static List<Object> keys(IPersistentMap m) {
        List<Object> out = new ArrayList<>();
        for (Object e : m) out.add(((IMapEntry) e).key());
        return out;
    }

    @Test void keepsInsertionOrderUpToEight() {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        List<Object> expected = new ArrayList<>();
        for (long i = 8; i >= 1; i--) {
            m = m.assoc(i, i);
            expected.add(i);
        }
        assertInstanceOf(PersistentArrayMap.class, m);
        assertEquals(expected, keys(m));
        assertSame(m, m.assoc(3L, 3L));
        assertEquals(expected, keys(m.assoc(3L, "x")));
    }

    @Test void ninthKeyConvertsToHashMap() {
        IPersistentMap m = PersistentArrayMap.EMPTY.withMeta(Colls.arrayMap(kw("m"), true));
        for (long i = 0; i < 8; i++) m = m.assoc(i, i);
        assertInstanceOf(PersistentArrayMap.class, m);
        IPersistentMap big = m.assoc(8L, 8L);
        assertInstanceOf(PersistentHashMap.class, big);
        assertEquals(9, big.count());
        assertEquals(((IObj) m).meta(), ((IObj) big).meta());
        IPersistentMap hashed = PersistentHashMap.EMPTY;
        for (long i = 0; i <= 8; i++) hashed = hashed.assoc(i, i);
        assertEquals(keys(hashed), keys(big));
        assertInstanceOf(PersistentArrayMap.class, m.assoc(3L, "replace"));
    }

    @Test void transientConvertsPastEight() {
        ITransientMap t = PersistentArrayMap.EMPTY.asTransient();
        for (long i = 0; i < 8; i++) t = t.assoc(i, i);
        assertInstanceOf(TransientArrayMap.class, t);
        t = t.assoc(8L, 8L);
        assertInstanceOf(TransientHashMap.class, t);
        IPersistentMap m = t.persistent();
        assertInstanceOf(PersistentHashMap.class, m);
        assertEquals(9, m.count());
    }

    @Test void transientDissocMovesLastEntryIntoHole() {
        ITransientMap t = (ITransientMap) ((IEditableCollection) Colls.arrayMap(kw("a"), 1L, kw("b"), 2L, kw("c"), 3L, kw("d"), 4L))
                .asTransient();
        t.without(kw("a"));
        assertEquals(List.of(kw("d"), kw("b"), kw("c")), keys(t.persistent()));
    }

    @Test void persistentDissocKeepsOrder() {
        IPersistentMap m = Colls.arrayMap(kw("a"), 1L, kw("b"), 2L, kw("c"), 3L);
        assertEquals(List.of(kw("a"), kw("c")), keys(m.without(kw("b"))));
        assertSame(m, m.without(kw("zz")));
        assertEquals(0, m.without(kw("a")).without(kw("b")).without(kw("c")).count());
    }

    @Test void createWithCheck() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistentArrayMap.createWithCheck(new Object[] {kw("a"), 1L, kw("a"), 2L}));
        assertEquals("Duplicate key: :a", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PersistentArrayMap.createWithCheck(new Object[] {PersistentVector.of(1L), 1L, Seqs.list(1L), 2L}));
        IPersistentMap ok = PersistentArrayMap.createWithCheck(new Object[] {kw("a"), 1L, kw("b"), 2L});
        assertEquals(List.of(kw("a"), kw("b")), keys(ok));
        Object[] eighteen = new Object[18];
        for (int i = 0; i < 18; i++) eighteen[i] = (long) i;
        assertInstanceOf(PersistentHashMap.class, PersistentArrayMap.createWithCheck(eighteen));
    }

    @Test void collsArrayMapFollowsLiteralRule() {
        assertInstanceOf(PersistentArrayMap.class, Colls.arrayMap(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L, 6L, 6L, 7L, 7L, 8L, 8L));
        assertInstanceOf(PersistentHashMap.class, Colls.arrayMap(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L, 6L, 6L, 7L, 7L, 8L, 8L, 9L, 9L));
        IPersistentMap dup = Colls.arrayMap(kw("a"), 1L, kw("b"), 2L, kw("a"), 3L);
        assertEquals(List.of(kw("a"), kw("b")), keys(dup));
        assertEquals(3L, dup.valAt(kw("a")));
        assertThrows(IllegalArgumentException.class, () -> Colls.arrayMap(kw("a")));
    }

    @Test void lookups() {
        IPersistentMap m = Colls.arrayMap(kw("a"), 1L, "s", null, 1L, "long");
        assertEquals(1L, m.valAt(kw("a")));
        assertNull(m.valAt("s"));
        assertEquals(true, m.containsKey("s"));
        assertEquals("long", m.valAt(1));
        assertEquals("nf", m.valAt("zz", "nf"));
        assertEquals(new MapEntry("s", null), m.entryAt("s"));
        assertEquals(3, Seqs.count(m.seq()));
    }
}
