package dev.mino.runtime.lang;

/**
 * An instance of a type defined by mino code: a record, a deftype or a reify. (class x) is its
 * {@link DefinedType}, protocols dispatch on that type, and its inline methods are in {@link #methods}.
 */
public interface TypedInstance {
    DefinedType definedType();

    /** The methods implemented in the defining form: the type's, or a reify instance's own closures. */
    MethodTable methods();

    /** The value of the field at index i (declaration order). */
    Object fieldValue(int i);

    /** (set! field v) inside a deftype method, for a field declared ^:volatile-mutable or ^:unsynchronized-mutable. */
    default void setFieldValue(int i, Object value) {
        throw new IllegalArgumentException("Cannot assign to non-mutable field of " + definedType().typeName());
    }

    /**
     * (.-name x) / (.name x) on a record or deftype: the named field. Throws when the type has no such
     * field, as Clojure's reflector does.
     */
    default Object readField(String name) {
        int i = definedType().fieldIndex(name);
        if (i < 0) throw new IllegalArgumentException("No matching field found: " + name + " for class " + definedType().typeName());
        return fieldValue(i);
    }

    /**
     * The fn behind (.name x args...) for a method implemented inline (a protocol method or a host
     * method), called with x first; null when the type defines no method of that name.
     */
    default Fn inlineMethod(String name) {
        return methods().byName(name);
    }
}
