package dev.mino.runtime.lang;

/**
 * A chunked seq of a chunk's elements, then the rest: what chunk-cons builds and what the chunked
 * branches of map, filter, keep... return for each chunk of their source.
 */
public final class ChunkedCons extends ASeq implements IChunkedSeq {
    private final IChunk chunk;
    /** The seq after the chunk: an ISeq or nil. */
    private final Object more;

    /** chunk must not be empty. */
    public ChunkedCons(IChunk chunk, Object more) {
        this(null, chunk, more);
    }

    private ChunkedCons(IPersistentMap meta, IChunk chunk, Object more) {
        super(meta);
        this.chunk = chunk;
        this.more = more;
    }

    @Override public Object first() { return chunk.nth(0); }

    @Override public ISeq next() {
        if (chunk.count() > 1) return new ChunkedCons(chunk.dropFirst(), more);
        return chunkedNext();
    }

    @Override public ISeq more() {
        if (chunk.count() > 1) return new ChunkedCons(chunk.dropFirst(), more);
        return chunkedMore();
    }

    @Override public IChunk chunkedFirst() { return chunk; }

    @Override public ISeq chunkedNext() { return Seqs.seq(more); }

    @Override public ISeq chunkedMore() {
        ISeq s = more instanceof ISeq q ? q : Seqs.seq(more);
        return s == null ? PersistentList.EMPTY : s;
    }

    @Override public ChunkedCons withMeta(IPersistentMap meta) {
        return meta == meta() ? this : new ChunkedCons(meta, chunk, more);
    }
}
