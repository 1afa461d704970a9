package dev.mino.runtime.lang;

/**
 * (chunk-buffer capacity): a buffer that chunk-append fills and (chunk b) turns into an {@link ArrayChunk};
 * after that the buffer is spent and appending to it is an error.
 */
public final class ChunkBuffer {
    private Object[] buffer;
    private int end;

    public ChunkBuffer(int capacity) {
        buffer = new Object[capacity];
    }

    public void add(Object x) {
        if (buffer == null) throw new NullPointerException("chunk-append to a buffer already made into a chunk");
        buffer[end++] = x;
    }

    public ArrayChunk chunk() {
        if (buffer == null) throw new NullPointerException("chunk of a buffer already made into a chunk");
        ArrayChunk c = new ArrayChunk(buffer, 0, end);
        buffer = null;
        return c;
    }

    public int count() { return end; }
}
