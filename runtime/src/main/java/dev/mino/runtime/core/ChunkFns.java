package dev.mino.runtime.core;

import dev.mino.runtime.lang.ChunkBuffer;
import dev.mino.runtime.lang.ChunkedCons;
import dev.mino.runtime.lang.IChunk;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.IChunkedSeq;
import dev.mino.runtime.lang.Printing;

/**
 * The chunked-seq API: chunk-buffer, chunk-append, chunk, chunk-cons, chunk-first, chunk-rest and
 * chunk-next (chunked-seq? is in extras.clj). Ranges, vector seqs and what map, filter... make of them
 * are chunked, as are seqs built with chunk-cons.
 */
final class ChunkFns {
    private ChunkFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("chunk-buffer", "[capacity]", "A buffer that collects up to capacity items into a chunk (for chunked lazy seqs).")
                .a1(n -> new ChunkBuffer(NumberConversions.intCast(n)));
        lib.fn("chunk-append", "[b x]", "Adds x to the chunk buffer b.").a2((b, x) -> {
            buffer(b).add(x);
            return null;
        });
        lib.fn("chunk", "[b]", "The chunk of the items added to the buffer b.").a1(b -> buffer(b).chunk());
        lib.fn("chunk-cons", "[chunk rest]", "A seq of the items of chunk followed by rest.").a2((c, rest) -> {
            IChunk chunk = chunk(c);
            if (chunk.count() == 0) return rest;
            // As Clojure's ChunkedCons: the rest is a seq (or nil), not any collection.
            if (rest != null && !(rest instanceof ISeq)) throw dev.mino.runtime.lang.CastErrors.of(rest, "clojure.lang.ISeq");
            return new ChunkedCons(chunk, rest);
        });
        lib.fn("chunk-first", "[s]", "The first chunk of the chunked seq s.").a1(s -> chunked(s).chunkedFirst());
        lib.fn("chunk-rest", "[s]", "The chunked seq s after its first chunk; empty, never nil.")
                .a1(s -> chunked(s).chunkedMore());
        lib.fn("chunk-next", "[s]", "The chunked seq s after its first chunk, or nil.").a1(s -> chunked(s).chunkedNext());
    }

    private static ChunkBuffer buffer(Object b) {
        if (b instanceof ChunkBuffer buf) return buf;
        throw cannotCast(b, "clojure.lang.ChunkBuffer");
    }

    private static IChunk chunk(Object c) {
        if (c instanceof IChunk chunk) return chunk;
        throw cannotCast(c, "clojure.lang.IChunk");
    }

    private static IChunkedSeq chunked(Object s) {
        if (s instanceof IChunkedSeq c) return c;
        throw cannotCast(s, "clojure.lang.IChunkedSeq");
    }

    private static RuntimeException cannotCast(Object x, String target) {
        if (x == null) return new NullPointerException();
        return new ClassCastException("class " + Printing.className(x.getClass()) + " cannot be cast to class " + target);
    }
}
