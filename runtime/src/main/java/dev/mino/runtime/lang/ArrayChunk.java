package dev.mino.runtime.lang;

/** A chunk over a window of an array: what (chunk buffer) returns and a vector seq's chunk-first. */
public final class ArrayChunk implements IChunk {
    private final Object[] array;
    private final int offset;
    private final int end;

    /** array[offset..end), which the chunk shares: its owner must not change those slots afterwards. */
    public ArrayChunk(Object[] array, int offset, int end) {
        this.array = array;
        this.offset = offset;
        this.end = end;
    }

    @Override public int count() { return end - offset; }

    @Override public Object nth(int i) {
        if (i < 0 || i >= count()) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + count());
        return array[offset + i];
    }

    @Override public Object nth(int i, Object notFound) {
        return i >= 0 && i < count() ? array[offset + i] : notFound;
    }

    @Override public ArrayChunk dropFirst() {
        if (offset == end) throw new IllegalStateException("dropFirst of empty chunk");
        return new ArrayChunk(array, offset + 1, end);
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int i = offset; i < end; i++) {
            acc = f.invoke(acc, array[i]);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
