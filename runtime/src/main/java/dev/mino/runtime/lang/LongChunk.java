package dev.mino.runtime.lang;

/** A chunk of a long range: count longs from start by step, computed on demand rather than stored. */
final class LongChunk implements IChunk {
    private final long start;
    private final long step;
    private final int count;

    LongChunk(long start, long step, int count) {
        this.start = start;
        this.step = step;
        this.count = count;
    }

    @Override public int count() { return count; }

    @Override public Object nth(int i) {
        if (i < 0 || i >= count) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + count);
        return start + i * step;
    }

    @Override public Object nth(int i, Object notFound) {
        return i >= 0 && i < count ? (Object) (start + i * step) : notFound;
    }

    @Override public LongChunk dropFirst() {
        if (count == 0) throw new IllegalStateException("dropFirst of empty chunk");
        return new LongChunk(start + step, step, count - 1);
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        long x = start;
        for (int i = 0; i < count; i++, x += step) {
            acc = f.invoke(acc, x);
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
