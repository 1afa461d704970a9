package dev.mino.runtime.lang;

/** The seq of an array map's entries from slot i (2 slots per entry). */
final class ArrayMapSeq extends ASeq implements Counted {
    private final Object[] array;
    private final int i;

    ArrayMapSeq(Object[] array, int i) {
        this.array = array;
        this.i = i;
    }

    private ArrayMapSeq(IPersistentMap meta, Object[] array, int i) {
        super(meta);
        this.array = array;
        this.i = i;
    }

    @Override public Object first() { return new MapEntry(array[i], array[i + 1]); }
    @Override public ISeq next() { return i + 2 < array.length ? new ArrayMapSeq(array, i + 2) : null; }
    @Override public int count() { return (array.length - i) >> 1; }

    @Override public ArrayMapSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new ArrayMapSeq(meta, array, i);
    }
}
