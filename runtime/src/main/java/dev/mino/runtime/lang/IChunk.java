package dev.mino.runtime.lang;

/** A chunk: a fixed run of elements that a chunked seq hands out at once (chunk-first). */
public interface IChunk extends Indexed {
    /** The chunk without its first element; an error on an empty chunk. */
    IChunk dropFirst();

    /** Reduces the elements; a reduced value is returned still wrapped, for the caller to stop on. */
    Object reduce(Fn f, Object init);
}
