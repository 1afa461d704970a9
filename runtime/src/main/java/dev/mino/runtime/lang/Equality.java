package dev.mino.runtime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Clojure's = ({@link #equiv}) and the Java-equals counterparts the collections use for
 * equals/hashCode. Numbers are equal only within a category: integers, floating point, ratios and
 * decimals, so (= 1 1.0) is false while (= 1 (int 1)) is true.
 */
public final class Equality {
    private static final int INTEGER = 0;
    private static final int FLOATING = 1;
    private static final int RATIO = 2;
    private static final int DECIMAL = 3;

    private Equality() {}

    public static boolean equiv(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Number na) return b instanceof Number nb && numEquiv(na, nb);
        if (a instanceof IPersistentCollection ca) return ca.equiv(b);
        if (b instanceof IPersistentCollection cb) return cb.equiv(a);
        return a.equals(b);
    }

    /**
     * clojure.core/= itself: two numbers compare by value before identity, so a NaN is not = to itself, as
     * in Clojure where = on number locals and literals compares primitives. Inside collections the identity
     * check of {@link #equiv} stays (Clojure's Util.equiv).
     */
    public static boolean equivOp(Object a, Object b) {
        if (a instanceof Number na && b instanceof Number nb) return numEquiv(na, nb);
        try {
            return equiv(a, b);
        } catch (StackOverflowError e) {
            throw MinoException.nestedTooDeeply("=");
        }
    }

    /** = on two numbers: same category and same value. */
    public static boolean numEquiv(Number a, Number b) {
        if (a instanceof Long la && b instanceof Long lb) return la.longValue() == lb.longValue();
        int ca = category(a);
        if (ca != category(b)) return false;
        return switch (ca) {
            case INTEGER -> integerEquiv(a, b);
            case FLOATING -> a.doubleValue() == b.doubleValue();
            case RATIO -> a.equals(b);
            default -> toBigDecimal(a).compareTo(toBigDecimal(b)) == 0;
        };
    }

    private static int category(Number n) {
        if (n instanceof Double || n instanceof Float) return FLOATING;
        if (n instanceof Ratio) return RATIO;
        if (n instanceof BigDecimal) return DECIMAL;
        return INTEGER;
    }

    private static boolean integerEquiv(Number a, Number b) {
        if (a instanceof BigInteger || b instanceof BigInteger) return toBigInteger(a).equals(toBigInteger(b));
        return a.longValue() == b.longValue();
    }

    private static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal toBigDecimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    // ---- structural equiv, used by the collections' equiv(Object) ----

    /** Sequential = : b must be sequential (or a java.util.List) with = elements in order. */
    public static boolean sequentialEquiv(Object a, Object b) {
        if (!(b instanceof Sequential || b instanceof List)) return false;
        if (a instanceof IPersistentVector va && b instanceof IPersistentVector vb) return vectorEquiv(va, vb);
        if (a instanceof Counted ca && b instanceof Counted cb && ca.count() != cb.count()) return false;
        ISeq sb = Seqs.seq(b);
        for (ISeq sa = Seqs.seq(a); sa != null; sa = sa.next(), sb = sb.next()) {
            if (sb == null || !equiv(sa.first(), sb.first())) return false;
        }
        return sb == null;
    }

    private static boolean vectorEquiv(IPersistentVector a, IPersistentVector b) {
        int n = a.count();
        if (n != b.count()) return false;
        for (int i = 0; i < n; i++) {
            if (!equiv(a.nth(i), b.nth(i))) return false;
        }
        return true;
    }

    /** Map = : b is a map (not a record-like IPersistentMap) with the same keys and = values. */
    public static boolean mapEquiv(IPersistentMap a, Object b) {
        if (b instanceof IPersistentMap pb) {
            if (!(b instanceof MapEquivalence) || a.count() != pb.count()) return false;
            for (Object o : a) {
                IMapEntry e = (IMapEntry) o;
                Object v = pb.valAt(e.key(), APersistentMap.NOT_FOUND);
                if (v == APersistentMap.NOT_FOUND || !equiv(e.val(), v)) return false;
            }
            return true;
        }
        if (!(b instanceof Map<?, ?> mb) || a.count() != mb.size()) return false;
        for (Object o : a) {
            IMapEntry e = (IMapEntry) o;
            if (!mb.containsKey(e.key()) || !equiv(e.val(), mb.get(e.key()))) return false;
        }
        return true;
    }

    /** Set = : b is a set of the same size all of whose elements are in a. */
    public static boolean setEquiv(IPersistentSet a, Object b) {
        if (!(b instanceof Set<?> sb) || a.count() != sb.size()) return false;
        for (Object x : sb) {
            if (!a.contains(x)) return false;
        }
        return true;
    }

    // ---- Java equals, consistent with the collections' hashCode ----

    /** List-style equals between a sequential collection and any java.util.List or Sequential. */
    public static boolean sequentialEquals(Object a, Object b) {
        if (!(b instanceof Sequential || b instanceof List)) return false;
        if (a instanceof Counted ca && b instanceof Counted cb && ca.count() != cb.count()) return false;
        ISeq sb = Seqs.seq(b);
        for (ISeq sa = Seqs.seq(a); sa != null; sa = sa.next(), sb = sb.next()) {
            if (sb == null || !Objects.equals(sa.first(), sb.first())) return false;
        }
        return sb == null;
    }

    /** Map-style equals: same size, each key present with an equals value. */
    public static boolean mapEquals(Map<?, ?> a, Object b) {
        if (!(b instanceof Map<?, ?> mb) || a.size() != mb.size()) return false;
        for (Iterator<? extends Map.Entry<?, ?>> it = a.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<?, ?> e = it.next();
            if (!mb.containsKey(e.getKey()) || !Objects.equals(e.getValue(), mb.get(e.getKey()))) return false;
        }
        return true;
    }

    /** Set-style equals: same size and b's elements all in a. */
    public static boolean setEquals(Set<?> a, Object b) {
        if (!(b instanceof Set<?> sb) || a.size() != sb.size()) return false;
        return a.containsAll(sb);
    }
}
