package dev.mino.runtime.lang;

/**
 * A deftype or reify instance that implements clojure.lang.IFn: calling it calls its invoke method
 * (the instance first), and apply calls applyTo when the type defines it.
 */
public final class CallableInstance extends Fn implements TypedInstance, IObj {
    private final DefinedType type;
    private final Object[] fields;
    private final MethodTable methods;
    private final IPersistentMap meta;

    CallableInstance(DefinedType type, Object[] fields, MethodTable methods, IPersistentMap meta) {
        this.type = type;
        this.fields = fields;
        this.methods = methods;
        this.meta = meta;
    }

    @Override public DefinedType definedType() { return type; }
    @Override public MethodTable methods() { return methods; }
    @Override public Object fieldValue(int i) { return fields[i]; }

    @Override public void setFieldValue(int i, Object value) {
        if (!(type instanceof DeftypeType d) || !d.isMutable(i)) TypedInstance.super.setFieldValue(i, value);
        fields[i] = value;
    }

    @Override public IPersistentMap meta() { return meta; }

    /** An IFn but, as in Clojure, no comparator. */
    @Override public boolean isFunction() { return false; }

    @Override public CallableInstance withMeta(IPersistentMap m) {
        return new CallableInstance(type, fields, methods, m);
    }

    @Override public String name() { return type.typeName(); }

    private Fn invokeMethod(int argc) {
        Fn f = methods.host("invoke");
        if (f == null) throw new AbstractMethodError(type.typeName() + ".invoke with " + argc + " args");
        return f;
    }

    @Override public Object invoke() { return invokeMethod(0).invoke(this); }
    @Override public Object invoke(Object a) { return invokeMethod(1).invoke(this, a); }
    @Override public Object invoke(Object a, Object b) { return invokeMethod(2).invoke(this, a, b); }
    @Override public Object invoke(Object a, Object b, Object c) { return invokeMethod(3).invoke(this, a, b, c); }

    @Override public Object invoke(Object a, Object b, Object c, Object d) {
        return invokeMethod(4).invokeN(new Object[] {this, a, b, c, d});
    }

    @Override public Object invokeN(Object[] args) {
        if (args.length <= 4) return super.invokeN(args);
        Object[] all = new Object[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        return invokeMethod(args.length).invokeN(all);
    }

    @Override public Object applyTo(ISeq args) {
        Fn f = methods.host("applyTo");
        return f != null ? f.invoke(this, args) : super.applyTo(args);
    }

    @Override public String toString() { return TypeInstance.describe(this, this); }
    @Override public boolean equals(Object o) { return TypeInstance.equal(this, this, o); }
    @Override public int hashCode() { return TypeInstance.hashOf(this, this); }
}
