package dev.mino.runtime.lang;

/** A seq over an Object[] from an offset (rest arguments, seq of an array). Shares the array. */
public final class ArraySeq extends ASeq implements Counted, IReduce {
    private final Object[] array;
    private final int i;

    private ArraySeq(IPersistentMap meta, Object[] array, int i) {
        super(meta);
        this.array = array;
        this.i = i;
    }

    /** The seq of array[offset..], or null when that is empty. */
    public static ArraySeq create(Object[] array, int offset) {
        return offset < array.length ? new ArraySeq(null, array, offset) : null;
    }

    @Override public Object first() { return array[i]; }
    @Override public ISeq next() { return i + 1 < array.length ? new ArraySeq(null, array, i + 1) : null; }
    @Override public int count() { return array.length - i; }

    /** The remaining elements as a fresh array. */
    public Object[] toArray() {
        Object[] out = new Object[array.length - i];
        System.arraycopy(array, i, out, 0, out.length);
        return out;
    }

    @Override public ArraySeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new ArraySeq(meta, array, i);
    }

    @Override public Object reduce(Fn f) {
        Object acc = array[i];
        for (int j = i + 1; j < array.length; j++) {
            acc = f.invoke(acc, array[j]);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int j = i; j < array.length; j++) {
            acc = f.invoke(acc, array[j]);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
