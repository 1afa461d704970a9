package dev.mino.cpjit;

import dev.mino.deopt.ConstantWords;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One state's constant table (ARCHITECTURE.md 5): the object constants of its compiled methods, each with
 * the register word {@code (index << 3) | 4} that native code loads and passes around. Interned by identity,
 * so a word means one object in every frame of the state.
 */
final class ConstantPool implements ChainCompiler.ConstantTable, ConstantWords {

    private final Map<Object, Long> words = new IdentityHashMap<>();
    /** Replaced whole when it grows, so readers on other threads see a complete array. */
    private volatile Object[] values = new Object[64];
    private int size;

    @Override
    public synchronized long word(Object constant) {
        Long w = words.get(constant);
        if (w != null) return w;
        Object[] v = values;
        if (size == v.length) v = Arrays.copyOf(v, 2 * size);
        v[size] = constant;
        values = v;
        long word = ((long) size << 3) | TAG;
        size++;
        words.put(constant, word);
        return word;
    }

    /**
     * The object a constant word stands for. A window copied back on a side exit also holds stale words in
     * registers the chain has not written yet (never read before written): those may name no entry, and get null.
     */
    @Override
    public Object value(long word) {
        Object[] v = values;
        long i = word >>> 3;
        return i < v.length ? v[(int) i] : null;
    }

    synchronized int size() {
        return size;
    }
}
