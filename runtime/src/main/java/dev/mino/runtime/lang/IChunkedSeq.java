package dev.mino.runtime.lang;

/**
 * A seq that is a chunk followed by the rest (chunked-seq?): consumers such as map, filter and reduce
 * take a whole chunk at a time. Its first() is the chunk's first element.
 */
public interface IChunkedSeq extends ISeq {
    IChunk chunkedFirst();

    /** The seq after the chunk, or nil. */
    ISeq chunkedNext();

    /** The seq after the chunk, never nil. */
    default ISeq chunkedMore() {
        ISeq s = chunkedNext();
        return s == null ? PersistentList.EMPTY : s;
    }
}
