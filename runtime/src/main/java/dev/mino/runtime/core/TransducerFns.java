package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Seqs;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Enumeration;
import java.util.stream.BaseStream;

/**
 * Registers the builtins behind transducers (the Java transducers of {@link Transducers}, sequence,
 * eduction, into's reducing fn), iteration, and seqs over Java iterators and streams.
 */
final class TransducerFns {
    private TransducerFns() {}

    static void install(CoreLibrary lib) {
        lib.privateFn("transformer-seq*").rest(2, a -> {
            Fn xform = fn(a[0]);
            Object[] colls = Arrays.copyOfRange(a, 1, a.length);
            return LazySeqs.lazy(() -> Seqs.seq((Iterable<Object>) () -> new TransformerIterator(xform, colls)));
        });
        lib.privateFn("map-xf*").a1(f -> Transducers.map(fn(f)));
        lib.privateFn("filter-xf*").a1(p -> Transducers.filter(fn(p), true));
        lib.privateFn("remove-xf*").a1(p -> Transducers.filter(fn(p), false));
        lib.privateFn("keep-xf*").a1(f -> Transducers.keep(fn(f)));
        lib.privateFn("into-rf*").a1(m -> Transducers.intoTransient((IPersistentMap) m));
        lib.privateFn("eduction*").a2((xf, c) -> new Eduction(fn(xf), c));
        lib.privateFn("iteration*").rest(5, a -> new Iteration(fn(a[0]), fn(a[1]), fn(a[2]), fn(a[3]), a[4]));
        lib.fn("->Eduction", "[xform coll]", "An eduction of coll through xform; see eduction.")
                .a2((xf, c) -> new Eduction(fn(xf), c));
        installJavaSources(lib);
    }

    /** Seqs and reductions over Java's own sources: iterators, enumerations and streams (Clojure 1.12). */
    private static void installJavaSources(CoreLibrary lib) {
        // Like Clojure's, these seqs read the first element at once, so an empty source gives nil.
        lib.fn("iterator-seq", "[iter]", "A seq over the items of the java.util.Iterator iter.")
                .a1(it -> Seqs.seq(once((Iterator<?>) it)));
        lib.fn("enumeration-seq", "[e]", "A seq over the items of the java.util.Enumeration e.")
                .a1(e -> Seqs.seq(once(((Enumeration<?>) e).asIterator())));
        lib.fn("stream-seq!", "[stream]", "A seq over the items of the java.util.stream.Stream stream, consuming it.")
                .a1(st -> Seqs.seq(once(((BaseStream<?, ?>) st).iterator())));
        lib.fn("stream-reduce!", "[f s] [f init s]",
                "Reduces the java.util.stream.Stream s with f, as reduce does, consuming it.")
                .a2((f, st) -> Seqs.reduce(fn(f), once(((BaseStream<?, ?>) st).iterator())))
                .a3((f, init, st) -> Seqs.reduce(fn(f), init, once(((BaseStream<?, ?>) st).iterator())));
    }

    /** An Iterable that hands out the given iterator (seq and reduce take Iterables). */
    private static Iterable<Object> once(Iterator<?> it) {
        @SuppressWarnings("unchecked") Iterator<Object> items = (Iterator<Object>) it;
        return () -> items;
    }

    private static Fn fn(Object f) { return CoreLibrary.asFn(f); }
}
