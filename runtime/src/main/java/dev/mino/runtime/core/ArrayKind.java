package dev.mino.runtime.core;

import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;
import java.lang.reflect.Array;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The typed array constructors (object-array, long-array, int-array, ...): (long-array size-or-seq) and
 * (long-array size init-or-seq). Seq elements convert as Clojure's do, by truncating Number conversions
 * for numeric arrays and a plain cast for char and boolean arrays; a single init value fills the array
 * when it is of the kind Clojure checks for (any Number, but a Byte for byte-array, a Short for
 * short-array), otherwise it is taken as a seq.
 */
enum ArrayKind {
    OBJECT("object", Object.class, x -> x, x -> false),
    LONG("long", long.class, x -> number(x).longValue(), x -> x instanceof Number),
    INT("int", int.class, x -> number(x).intValue(), x -> x instanceof Number),
    DOUBLE("double", double.class, x -> number(x).doubleValue(), x -> x instanceof Number),
    FLOAT("float", float.class, x -> number(x).floatValue(), x -> x instanceof Number),
    SHORT("short", short.class, x -> number(x).shortValue(), x -> x instanceof Short),
    BYTE("byte", byte.class, x -> number(x).byteValue(), x -> x instanceof Byte),
    CHAR("char", char.class, ArrayKind::character, x -> x instanceof Character),
    BOOLEAN("boolean", boolean.class, ArrayKind::bool, x -> x instanceof Boolean);

    private final String name;
    private final Class<?> component;
    /** How a seq element (or the init value) becomes an element. */
    private final Function<Object, Object> convert;
    /** Whether the second argument is a fill value rather than a seq. */
    private final Predicate<Object> isFill;

    ArrayKind(String name, Class<?> component, Function<Object, Object> convert, Predicate<Object> isFill) {
        this.name = name;
        this.component = component;
        this.convert = convert;
        this.isFill = isFill;
    }

    String constructorName() { return name + "-array"; }

    /** (x-array size-or-seq): a number is a size (elements at their zero value), else the seq's elements. */
    Object make(Object sizeOrSeq) {
        if (sizeOrSeq instanceof Number n) return Array.newInstance(component, n.intValue());
        ISeq s = Seqs.seq(sizeOrSeq);
        Object out = Array.newInstance(component, Seqs.count(s));
        fill(out, s);
        return out;
    }

    /** (x-array size init-or-seq): size elements, all init, or the first of the seq's (the rest zero). */
    Object make(Object size, Object initOrSeq) {
        Object out = Array.newInstance(component, number(size).intValue());
        if (isFill.test(initOrSeq)) {
            Object v = convert.apply(initOrSeq);
            for (int i = 0, n = Array.getLength(out); i < n; i++) Array.set(out, i, v);
        } else {
            fill(out, Seqs.seq(initOrSeq));
        }
        return out;
    }

    private void fill(Object array, ISeq s) {
        for (int i = 0, n = Array.getLength(array); i < n && s != null; i++, s = s.next()) {
            Array.set(array, i, convert.apply(s.first()));
        }
    }

    private static Number number(Object x) {
        if (x == null) throw new NullPointerException();
        return NumberConversions.number(x);
    }

    private static Object character(Object x) {
        if (x == null) throw new NullPointerException();
        return NumberConversions.character(x);
    }

    private static Object bool(Object x) {
        if (x instanceof Boolean b) return b;
        if (x == null) throw new NullPointerException();
        throw new ClassCastException(Numbers.describe(x) + " cannot be cast to class java.lang.Boolean");
    }
}
