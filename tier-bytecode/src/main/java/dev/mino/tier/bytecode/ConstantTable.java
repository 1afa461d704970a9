package dev.mino.tier.bytecode;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The JVM-wide table of object constants (ARCHITECTURE.md 5): every compiled method's object constants are
 * interned here, so a constant word {@code (index << 3) | 4} means the same value in every frame and can be
 * returned or passed on like an int. Interning is by identity (1 and 1N, 0.0 and -0.0 stay distinct).
 * Entries live as long as the JVM; the table only grows.
 */
public final class ConstantTable {
    private ConstantTable() {}

    private static final Map<Object, Integer> INDEX = new IdentityHashMap<>();
    /** Replaced (never mutated below size) when it grows, so readers need no lock. */
    private static volatile Object[] table = new Object[256];
    private static int size;

    /** The index of v, adding it if needed. */
    public static synchronized int intern(Object v) {
        Integer i = INDEX.get(v);
        if (i != null) return i;
        if (size == table.length) {
            Object[] bigger = new Object[size * 2];
            System.arraycopy(table, 0, bigger, 0, size);
            table = bigger;
        }
        table[size] = v;
        INDEX.put(v, size);
        return size++;
    }

    public static Object get(int index) { return table[index]; }

    public static synchronized int size() { return size; }
}
