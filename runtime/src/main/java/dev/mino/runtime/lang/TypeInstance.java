package dev.mino.runtime.lang;

/**
 * An instance of a deftype (or the state behind a reify): its type, field values and inline methods.
 * Not a map; = and hash are identity unless the type defines equals/hashCode (an Object method).
 */
public class TypeInstance implements TypedInstance {
    private final DefinedType type;
    private final Object[] fields;
    private final MethodTable methods;

    TypeInstance(DefinedType type, Object[] fields, MethodTable methods) {
        this.type = type;
        this.fields = fields;
        this.methods = methods;
    }

    @Override public DefinedType definedType() { return type; }
    @Override public MethodTable methods() { return methods; }
    @Override public Object fieldValue(int i) { return fields[i]; }

    @Override public void setFieldValue(int i, Object value) {
        if (!(type instanceof DeftypeType d) || !d.isMutable(i)) TypedInstance.super.setFieldValue(i, value);
        fields[i] = value;
    }

    Object[] fields() { return fields; }

    @Override public String toString() { return describe(this, this); }
    @Override public boolean equals(Object o) { return equal(this, this, o); }
    @Override public int hashCode() { return hashOf(this, this); }

    /** toString of a mino-defined instance: the type's toString method, else Object's (name@hash). */
    static String describe(Object self, TypedInstance t) {
        Fn f = t.methods().host("toString");
        if (f != null) return String.valueOf(f.invoke(self));
        return t.definedType().typeName() + "@" + Integer.toHexString(hashOf(self, t));
    }

    static boolean equal(Object self, TypedInstance t, Object other) {
        Fn f = t.methods().host("equals");
        return f != null ? Truth.isTruthy(f.invoke(self, other)) : self == other;
    }

    static int hashOf(Object self, TypedInstance t) {
        Fn f = t.methods().host("hashCode");
        return f != null ? ((Number) f.invoke(self)).intValue() : System.identityHashCode(self);
    }
}
