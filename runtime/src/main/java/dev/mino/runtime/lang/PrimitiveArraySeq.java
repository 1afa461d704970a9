package dev.mino.runtime.lang;

import java.lang.reflect.Array;

/** A seq over a primitive Java array (int[], double[], ...), boxing each element as it is read. */
public final class PrimitiveArraySeq extends ASeq implements Counted, IReduce {
    private final Object array;
    private final int length;
    private final int i;

    private PrimitiveArraySeq(IPersistentMap meta, Object array, int length, int i) {
        super(meta);
        this.array = array;
        this.length = length;
        this.i = i;
    }

    /** The seq of a primitive array, or null when it is empty. */
    public static PrimitiveArraySeq create(Object array) {
        int n = Array.getLength(array);
        return n == 0 ? null : new PrimitiveArraySeq(null, array, n, 0);
    }

    @Override public Object first() { return Array.get(array, i); }
    @Override public ISeq next() { return i + 1 < length ? new PrimitiveArraySeq(null, array, length, i + 1) : null; }
    @Override public int count() { return length - i; }

    @Override public PrimitiveArraySeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new PrimitiveArraySeq(meta, array, length, i);
    }

    @Override public Object reduce(Fn f) {
        Object acc = Array.get(array, i);
        for (int j = i + 1; j < length; j++) {
            acc = f.invoke(acc, Array.get(array, j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int j = i; j < length; j++) {
            acc = f.invoke(acc, Array.get(array, j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
