package dev.mino.runtime.lang;

/** The type made by deftype: named fields (some mutable) and inline methods; instances are not maps. */
public final class DeftypeType extends DefinedType implements Constructible {
    private final String[] fields;
    private final boolean[] mutable;
    private volatile Class<?> instanceClass;

    public DeftypeType(String name, String[] fields, boolean[] mutable) {
        super(name);
        this.fields = fields.clone();
        this.mutable = mutable.clone();
    }

    boolean isMutable(int i) { return mutable[i]; }

    @Override public int fieldIndex(String field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(field)) return i;
        }
        return -1;
    }

    @Override public boolean sharesMethods() { return true; }

    @Override public void implement(MethodTable table) {
        super.implement(table);
        instanceClass = null;
    }

    @Override public Class<?> instanceClass() {
        Class<?> c = instanceClass;
        if (c == null) {
            c = TypeInstances.instanceClass(hostTypes(), false);
            instanceClass = c;
        }
        return c;
    }

    /** (Foo. a b) and (->Foo a b). */
    @Override public Object construct(Object[] args) {
        if (args.length != fields.length) throw new IllegalArgumentException("No matching ctor found for class " + typeName());
        return TypeInstances.create(this, args.clone(), methods(), null, false);
    }

    /** The field names as symbols, as (Foo/getBasis) gives them. */
    public IPersistentVector basis() {
        Object[] syms = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) syms[i] = Symbol.of(fields[i]);
        return PersistentVector.of(syms);
    }
}
