package dev.mino.runtime.core;

import dev.mino.runtime.lang.ASeq;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.Seqs;

/**
 * A chunked seq made by chunk-cons: the elements of a chunk, then the rest. mino's own seqs are never
 * chunked; this exists so that code building chunked seqs by hand (chunk-buffer, chunk-append, chunk,
 * chunk-cons) and consuming them (chunked-seq?, chunk-first, chunk-rest, chunk-next) works unchanged.
 */
public final class ChunkedCons extends ASeq {
    private final ArrayChunk chunk;
    /** The seq after the chunk: an ISeq or nil. */
    private final Object more;

    ChunkedCons(ArrayChunk chunk, Object more) {
        this(null, chunk, more);
    }

    private ChunkedCons(IPersistentMap meta, ArrayChunk chunk, Object more) {
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

    public ArrayChunk chunkedFirst() { return chunk; }

    public ISeq chunkedNext() { return Seqs.seq(more); }

    public ISeq chunkedMore() {
        ISeq s = more instanceof ISeq q ? q : Seqs.seq(more);
        return s == null ? PersistentList.EMPTY : s;
    }

    @Override public ChunkedCons withMeta(IPersistentMap meta) {
        return meta == meta() ? this : new ChunkedCons(meta, chunk, more);
    }
}
