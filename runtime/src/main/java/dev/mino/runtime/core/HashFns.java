package dev.mino.runtime.core;

import dev.mino.runtime.lang.Murmur3;

/**
 * The hashing building blocks Clojure exposes for collection types written in Clojure: hash-ordered-coll
 * and hash-unordered-coll (the hashes of sequential and of set/map-like collections, equal to what hash
 * gives for vectors and sets), mix-collection-hash and hash-combine.
 */
final class HashFns {
    private HashFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("hash-ordered-coll", "[coll]", "The hash of coll as an ordered collection: what = sequential collections hash to.")
                .a1(c -> (long) Murmur3.hashOrdered(iterable(c)));
        lib.fn("hash-unordered-coll", "[coll]", "The hash of coll as an unordered collection: what = sets and maps hash to.")
                .a1(c -> (long) Murmur3.hashUnordered(iterable(c)));
        lib.fn("mix-collection-hash", "[hash-basis count]",
                "Mixes the accumulated hash-basis of a collection's items with its count into its final hash.")
                .a2((basis, count) ->
                (long) Murmur3.mixCollHash(NumberConversions.intCast(basis), NumberConversions.intCast(count)));
        // Clojure combines with the Java hashCode of y (Util.hash), not hasheq.
        lib.fn("hash-combine", "[x y]", "Combines the hash x with the Java hash code of y.").a2((x, y) ->
                (long) Murmur3.hashCombine(NumberConversions.intCast(x), y == null ? 0 : y.hashCode()));
    }

    private static Iterable<?> iterable(Object c) {
        if (c instanceof Iterable<?> it) return it;
        if (c == null) throw new NullPointerException();
        throw new ClassCastException(Numbers.describe(c) + " cannot be cast to class java.lang.Iterable");
    }
}
