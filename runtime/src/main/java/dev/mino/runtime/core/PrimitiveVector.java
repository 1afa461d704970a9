package dev.mino.runtime.core;

import dev.mino.runtime.lang.APersistentVector;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentVector;
import java.util.function.Function;

/**
 * The vector made by (vector-of :int ...): a persistent vector whose elements all have one primitive type.
 * conj and assoc convert a new element with that type's checked cast ((vector-of :int) takes 1.5 as 1
 * and refuses a string); elements come back boxed as that type (Integer for :int). Otherwise it is a
 * vector like any other: =, hash, compare, nth, seq, rseq, peek, pop, calling it with an index.
 */
public final class PrimitiveVector extends APersistentVector {
    /** The element types vector-of accepts, with their conversions. */
    enum ElementType {
        INT(x -> NumberConversions.intCast(x)),
        LONG(x -> NumberConversions.longCast(x)),
        FLOAT(x -> NumberConversions.floatCast(x)),
        DOUBLE(x -> NumberConversions.doubleCast(x)),
        BYTE(x -> NumberConversions.byteCast(x)),
        SHORT(x -> NumberConversions.shortCast(x)),
        CHAR(x -> NumberConversions.charCast(x)),
        BOOLEAN(x -> NumberConversions.booleanCast(x));

        final Function<Object, Object> convert;

        ElementType(Function<Object, Object> convert) {
            this.convert = convert;
        }

        static ElementType of(Object type) {
            if (type instanceof Keyword k && k.getNamespace() == null) {
                for (ElementType t : values()) {
                    if (t.name().toLowerCase().equals(k.getName())) return t;
                }
            }
            // Clojure finds no array manager for the type and fails on it.
            throw new NullPointerException("Cannot invoke \"clojure.core.ArrayManager.array(int)\" because \"am\" is null");
        }
    }

    private final ElementType type;
    private final PersistentVector items;
    private final IPersistentMap meta;

    private PrimitiveVector(ElementType type, PersistentVector items, IPersistentMap meta) {
        this.type = type;
        this.items = items;
        this.meta = meta;
    }

    static void install(CoreLibrary lib) {
        lib.fn("vector-of", "[t] [t & elements]",
                "A new vector restricted to one primitive type t, named by a keyword such as :long, :double, :int or\n"
                + "  :boolean (also :float :byte :short :char), holding the elements.")
                .rest(1, a -> {
            PrimitiveVector v = new PrimitiveVector(ElementType.of(a[0]), PersistentVector.EMPTY, null);
            for (int i = 1; i < a.length; i++) v = v.cons(a[i]);
            return v;
        });
    }

    @Override public int count() { return items.count(); }
    @Override public Object nth(int i) { return items.nth(i); }
    @Override public Object nth(int i, Object notFound) { return items.nth(i, notFound); }

    @Override public PrimitiveVector cons(Object o) {
        return new PrimitiveVector(type, items.cons(type.convert.apply(o)), meta);
    }

    @Override public PrimitiveVector assocN(int i, Object val) {
        return new PrimitiveVector(type, items.assocN(i, type.convert.apply(val)), meta);
    }

    @Override public PrimitiveVector pop() {
        return new PrimitiveVector(type, items.pop(), meta);
    }

    @Override public PrimitiveVector empty() {
        return new PrimitiveVector(type, PersistentVector.EMPTY, null);
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public PrimitiveVector withMeta(IPersistentMap m) {
        return new PrimitiveVector(type, items, m);
    }
}
