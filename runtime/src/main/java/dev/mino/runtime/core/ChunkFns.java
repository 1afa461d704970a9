package dev.mino.runtime.core;

import dev.mino.runtime.lang.Printing;

/**
 * The chunked-seq API: chunk-buffer, chunk-append, chunk, chunk-cons, chunk-first, chunk-rest,
 * chunk-next and chunked-seq?. Only seqs made by chunk-cons are chunked (see {@link ChunkedCons}).
 */
final class ChunkFns {
    private ChunkFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("chunk-buffer").a1(n -> new ChunkBuffer(NumberConversions.intCast(n)));
        lib.fn("chunk-append").a2((b, x) -> {
            buffer(b).add(x);
            return null;
        });
        lib.fn("chunk").a1(b -> buffer(b).chunk());
        lib.fn("chunk-cons").a2((c, rest) -> {
            ArrayChunk chunk = chunk(c);
            return chunk.count() == 0 ? rest : new ChunkedCons(chunk, rest);
        });
        lib.fn("chunk-first").a1(s -> chunked(s).chunkedFirst());
        lib.fn("chunk-rest").a1(s -> chunked(s).chunkedMore());
        lib.fn("chunk-next").a1(s -> chunked(s).chunkedNext());
    }

    private static ChunkBuffer buffer(Object b) {
        if (b instanceof ChunkBuffer buf) return buf;
        throw cannotCast(b, "clojure.lang.ChunkBuffer");
    }

    private static ArrayChunk chunk(Object c) {
        if (c instanceof ArrayChunk chunk) return chunk;
        throw cannotCast(c, "clojure.lang.IChunk");
    }

    private static ChunkedCons chunked(Object s) {
        if (s instanceof ChunkedCons c) return c;
        throw cannotCast(s, "clojure.lang.IChunkedSeq");
    }

    private static RuntimeException cannotCast(Object x, String target) {
        if (x == null) return new NullPointerException();
        return new ClassCastException("class " + Printing.className(x.getClass()) + " cannot be cast to class " + target);
    }
}
