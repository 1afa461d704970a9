package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Indexed;
import dev.mino.runtime.lang.Reduced;

/**
 * A chunk: a fixed run of elements (a window of an array) that a chunked seq hands out at once. What
 * (chunk buffer) returns and (chunk-first s) gives back; indexed with nth and counted with count.
 */
public final class ArrayChunk implements Indexed {
    private final Object[] array;
    private final int offset;
    private final int end;

    ArrayChunk(Object[] array, int offset, int end) {
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

    /** The chunk without its first element; an error on an empty chunk. */
    public ArrayChunk dropFirst() {
        if (offset == end) throw new IllegalStateException("dropFirst of empty chunk");
        return new ArrayChunk(array, offset + 1, end);
    }

    /** Reduces the elements; a reduced value is returned still wrapped, for the caller to stop on. */
    public Object reduce(Fn f, Object init) {
        Object acc = f.invoke(init, array[offset]);
        if (acc instanceof Reduced) return acc;
        for (int i = offset + 1; i < end; i++) {
            acc = f.invoke(acc, array[i]);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
