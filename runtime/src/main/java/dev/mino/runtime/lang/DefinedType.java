package dev.mino.runtime.lang;

import java.util.List;

/**
 * A type defined by mino code: a record, a deftype, or a reify form. It is the (class x) of its
 * instances, protocols are extended to it, and it prints as its class name (user.Point).
 */
public abstract class DefinedType {
    private final String name;
    private volatile MethodTable methods = MethodTable.EMPTY;

    protected DefinedType(String name) {
        this.name = name;
    }

    /** The class name as Clojure prints it, e.g. user.Point. */
    public String typeName() { return name; }

    /** The methods implemented inline; for a reify, the shape of its instances' tables. */
    public MethodTable methods() { return methods; }

    /** Installs the inline methods; done once, right after the defining form creates the type. */
    public void implement(MethodTable table) {
        TypeInstances.checkHostTypes(table.hostTypes(), name);
        methods = table;
    }

    /** True when every instance uses the type's methods (records, deftypes); false for reify. */
    public abstract boolean sharesMethods();

    /** The Java class of the instances, for class-based protocol extension and isa?. */
    public abstract Class<?> instanceClass();

    /** The index of a declared field, or -1. */
    public int fieldIndex(String field) { return -1; }

    public boolean implementsInline(Protocol p) { return methods.implementsProtocol(p); }

    /** The host interfaces its instances implement besides mino's own. */
    public List<Class<?>> hostTypes() { return methods.hostTypes(); }

    /** (class x): the defined type of mino-defined instances, else the Java class; nil for nil. */
    public static Object classOf(Object x) {
        if (x == null) return null;
        return x instanceof TypedInstance t ? t.definedType() : x.getClass();
    }

    /** (instance? type x) for a defined type. */
    public boolean isInstance(Object x) {
        return x instanceof TypedInstance t && t.definedType() == this;
    }

    /** As (str SomeClass) in Clojure: "class user.Point". */
    @Override public String toString() { return "class " + name; }
}
