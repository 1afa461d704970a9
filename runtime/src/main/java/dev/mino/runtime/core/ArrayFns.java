package dev.mino.runtime.core;

import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;
import java.lang.reflect.Array;

/**
 * Java arrays: the typed constructors (long-array makes a long[], object-array an Object[], ...), element
 * access for every array type (aget, aset, the aset-int family), alength, aclone, into-array, make-array,
 * to-array-2d, and the casts ints, longs, ... Elements come back boxed as Java boxes them (an int[]
 * gives Integers), as in Clojure.
 */
final class ArrayFns {
    private ArrayFns() {}

    interface Setter { void set(Object array, int i, Object val); }
    interface Leaf { void set(Object array, Object i, Object val); }

    static void install(CoreLibrary lib) {
        lib.fn("aget", "[array idx] [array idx & idxs]",
                "The item of a Java array at idx (following further indexes into nested arrays).")
                .a2(ArrayFns::aget).rest(3, a -> {
            Object x = a[0];
            for (int i = 1; i < a.length; i++) x = aget(x, a[i]);
            return x;
        });
        lib.fn("aset", "[array idx val] [array idx idx2 & idxv]",
                "Stores val in a Java array at idx (the last of several indexes into nested arrays) and returns val.")
                .a3(ArrayFns::aset).rest(4, a -> nested(a, ArrayFns::aset));
        typedSet(lib, "aset-int", (arr, i, v) -> Array.setInt(arr, i, NumberConversions.intCast(v)));
        typedSet(lib, "aset-long", (arr, i, v) -> Array.setLong(arr, i, NumberConversions.longCast(v)));
        typedSet(lib, "aset-double", (arr, i, v) -> Array.setDouble(arr, i, NumberConversions.doubleCast(v)));
        typedSet(lib, "aset-float", (arr, i, v) -> Array.setFloat(arr, i, NumberConversions.floatCast(v)));
        typedSet(lib, "aset-short", (arr, i, v) -> Array.setShort(arr, i, NumberConversions.shortCast(v)));
        typedSet(lib, "aset-byte", (arr, i, v) -> Array.setByte(arr, i, NumberConversions.byteCast(v)));
        typedSet(lib, "aset-char", (arr, i, v) -> Array.setChar(arr, i, NumberConversions.charCast(v)));
        typedSet(lib, "aset-boolean", (arr, i, v) -> Array.setBoolean(arr, i, NumberConversions.booleanCast(v)));
        lib.fn("alength", "[array]", "The length of a Java array.").a1(a -> Array.getLength(array(a, "alength", 1)));
        lib.fn("aclone", "[array]", "A shallow copy of a Java array.").a1(ArrayFns::aclone);
        lib.fn("into-array", "[aseq] [type aseq]",
                "Copies the items of aseq into a new Java array whose element class is type, or else the class of the\n"
                + "  first item (Object when there is none).")
                .a1(s -> intoArray(null, s)).a2(ArrayFns::intoArray);
        lib.fn("make-array", "[type len] [type dim & more-dims]",
                "A new Java array of element type type, of length len or of the given dimensions.")
                .a2((t, n) -> Array.newInstance(componentClass(t), NumberConversions.intCast(n)))
                .rest(3, a -> {
                    int[] dims = new int[a.length - 1];
                    for (int i = 1; i < a.length; i++) dims[i - 1] = NumberConversions.intCast(a[i]);
                    return Array.newInstance(componentClass(a[0]), dims);
                });
        lib.fn("to-array-2d", "[coll]",
                "An array of Object arrays, one per collection in coll, holding its items (rows may differ in length).")
                .a1(ArrayFns::toArray2d);
        for (ArrayKind k : ArrayKind.values()) {
            String name = k.constructorName();
            String type = name.substring(0, name.indexOf('-'));
            if (k == ArrayKind.OBJECT) {
                lib.fn(name, "[size-or-seq]", "A new Object array: of that size (all nil), or of the items of the seq.")
                        .a1(k::make);
            } else {
                lib.fn(name, "[size-or-seq] [size init-val-or-seq]", "A new " + type + " array: of the items of a seq, or of size"
                        + " elements,\n  each init-val or the next item of a seq (the zero value once it runs out).").a1(k::make).a2(k::make);
            }
        }
        lib.fn("ints", "[xs]", "xs as an int array (a cast; no conversion).").a1(x -> (int[]) x);
        lib.fn("longs", "[xs]", "xs as a long array (a cast; no conversion).").a1(x -> (long[]) x);
        lib.fn("doubles", "[xs]", "xs as a double array (a cast; no conversion).").a1(x -> (double[]) x);
        lib.fn("floats", "[xs]", "xs as a float array (a cast; no conversion).").a1(x -> (float[]) x);
        lib.fn("shorts", "[xs]", "xs as a short array (a cast; no conversion).").a1(x -> (short[]) x);
        lib.fn("bytes", "[xs]", "xs as a byte array (a cast; no conversion).").a1(x -> (byte[]) x);
        lib.fn("chars", "[xs]", "xs as a char array (a cast; no conversion).").a1(x -> (char[]) x);
        lib.fn("booleans", "[xs]", "xs as a boolean array (a cast; no conversion).").a1(x -> (boolean[]) x);
        lib.fn("bytes?", "[x]", "True when x is a byte array.").a1(x -> x instanceof byte[]);
    }

    /** The array argument of an RT array method; anything else has no matching overload, as in Clojure. */
    private static Object array(Object a, String method, int nargs) {
        if (a == null) throw new NullPointerException();
        if (!a.getClass().isArray()) throw noMatchingMethod(method, nargs);
        return a;
    }

    private static IllegalArgumentException noMatchingMethod(String method, int nargs) {
        return new IllegalArgumentException("No matching method " + method + " found taking " + nargs
                + " args for class clojure.lang.RT");
    }

    /** An index as an int: Clojure's checked int conversion of any integral value. */
    private static int index(Object i, String method, int nargs) {
        if (!(i instanceof Number) || i instanceof Double || i instanceof Float) throw noMatchingMethod(method, nargs);
        return NumberConversions.intCast(i);
    }

    static Object aget(Object a, Object i) {
        return Array.get(array(a, "aget", 2), inBounds(a, index(i, "aget", 2)));
    }

    /** i, when it indexes the array: Array.get's own exception carries no message, Java's a[i] does. */
    private static int inBounds(Object a, int i) {
        int n = Array.getLength(a);
        if (i < 0 || i >= n) throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + n);
        return i;
    }

    /**
     * (aset a i v): v stored into the array, converted to a primitive element type with the checked casts
     * (what Clojure does for a type-hinted array; mino ignores hints, so it always does it).
     */
    static Object aset(Object a, Object i, Object v) {
        Class<?> c = array(a, "aset", 3).getClass().getComponentType();
        int idx = inBounds(a, index(i, "aset", 3));
        if (c.isPrimitive()) {
            Array.set(a, idx, converted(c, v));
        } else {
            ((Object[]) a)[idx] = v;
        }
        return v;
    }

    /** (aset a i j ... v): sets the last index of the array that the other indexes lead to. */
    private static Object nested(Object[] a, Leaf leaf) {
        Object arr = a[0];
        for (int k = 1; k < a.length - 2; k++) arr = aget(arr, a[k]);
        Object v = a[a.length - 1];
        leaf.set(arr, a[a.length - 2], v);
        return v;
    }

    /** aset-int and friends: v converted by the checked cast, then stored with widening (an int fits a long[]). */
    private static void typedSet(CoreLibrary lib, String name, Setter setter) {
        Leaf leaf = (arr, i, v) -> {
            int idx = NumberConversions.intCast(i);
            if (arr != null && arr.getClass().isArray()) inBounds(arr, idx);
            setter.set(arr, idx, v);
        };
        String type = name.substring("aset-".length());
        lib.fn(name, "[array idx val] [array idx idx2 & idxv]", "Stores val, converted to a " + type + ", in a " + type
                + " array at idx (the last of several indexes into nested arrays) and returns val.").a3((arr, i, v) -> {
            leaf.set(arr, i, v);
            return v;
        }).rest(4, a -> nested(a, leaf));
    }

    static Object aclone(Object a) {
        return switch (array(a, "aclone", 1)) {
            case Object[] x -> x.clone();
            case long[] x -> x.clone();
            case int[] x -> x.clone();
            case double[] x -> x.clone();
            case float[] x -> x.clone();
            case short[] x -> x.clone();
            case byte[] x -> x.clone();
            case char[] x -> x.clone();
            case boolean[] x -> x.clone();
            default -> throw new IllegalStateException();
        };
    }

    /** A type argument naming an element class: a Class (Long/TYPE for long), or a mino-defined type. */
    private static Class<?> componentClass(Object t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof DefinedType d) return d.instanceClass();
        throw new ClassCastException(Numbers.describe(t) + " cannot be cast to class java.lang.Class");
    }

    /**
     * (into-array aseq) and (into-array type aseq): without a type the array's element class is the first
     * element's class (Object when it is nil or there are none). Primitive element types convert each
     * element with the checked casts; the others must fit the element type as they are.
     */
    private static Object intoArray(Object type, Object coll) {
        ISeq s = Seqs.seq(coll);
        Class<?> c;
        if (type == null) {
            c = s != null && s.first() != null ? s.first().getClass() : Object.class;
        } else {
            c = componentClass(type);
        }
        Object out = Array.newInstance(c, Seqs.count(s));
        for (int i = 0; s != null; i++, s = s.next()) Array.set(out, i, element(c, s.first()));
        return out;
    }

    private static Object element(Class<?> c, Object x) {
        if (c == int.class) return NumberConversions.intCast(x);
        if (c == byte.class) return NumberConversions.byteCast(x);
        if (c == short.class) return NumberConversions.shortCast(x);
        if (c == float.class) return NumberConversions.floatCast(x);
        if (c == char.class) return NumberConversions.charCast(x);
        return x;
    }

    /** v as an element of a primitive array of type c, by the checked cast for c. */
    private static Object converted(Class<?> c, Object v) {
        if (c == long.class) return NumberConversions.longCast(v);
        if (c == double.class) return NumberConversions.doubleCast(v);
        if (c == boolean.class) return NumberConversions.booleanCast(v);
        return element(c, v);
    }

    private static Object[][] toArray2d(Object coll) {
        Object[][] out = new Object[Seqs.count(coll)][];
        int i = 0;
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) out[i++] = Seqs.toArray(s.first());
        return out;
    }
}
